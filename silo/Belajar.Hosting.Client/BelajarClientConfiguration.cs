using Microsoft.Extensions.Configuration;
using Orleans.Hosting;

namespace Belajar.Hosting;

/// <summary>The Orleans client of the PostgreSQL profile: ADO.NET clustering finds the silos' gateways, reached over mutual TLS.</summary>
public static class BelajarClientConfiguration
{
    /// <summary>Configures ADO.NET clustering for a client; the connection string must be set.</summary>
    public static IClientBuilder Configure(IClientBuilder client, IConfiguration configuration)
    {
        var connectionString = BelajarProfile.ConnectionString(configuration)
            ?? throw new InvalidOperationException(
                "An Orleans client needs ConnectionStrings:Belajar (the PostgreSQL profile); without it, co-host a silo with AddBelajarSilo.");
        client.Services.AddOrleansTraceCap(); // no message bodies (passwords, NIKs) in the log
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = BelajarProfile.AdoNetInvariant;
            o.ConnectionString = connectionString;
        });
        var tls = BelajarTls.Read(configuration)!; // the PostgreSQL profile: required
        client.UseTls(tls.Certificate, tls.Apply);
        return client;
    }
}
