using System.Net;
using System.Net.Sockets;

namespace Belajar.Hosting;

/// <summary>Finds a TCP port that is free now, so that several silos can start on one machine unconfigured.</summary>
internal static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
