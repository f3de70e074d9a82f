using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Belajar.Hosting;

/// <summary>How a host runs a silo, by profile (see <see cref="BelajarProfile"/>); clients: <see cref="BelajarClientHostingExtensions"/>.</summary>
public static class BelajarHostingExtensions
{
    /// <summary>
    /// Configures a silo: embedded profile (localhost clustering, in-memory storage and reminders) or PostgreSQL
    /// profile (ADO.NET clustering, storage, reminders; schema applied at start-up). Ports not configured are
    /// chosen free. <paramref name="configure"/> lets the caller add more (grain services etc.).
    /// </summary>
    public static IHostApplicationBuilder AddBelajarSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        var options = BelajarOrleansOptions.Read(builder.Configuration);
        RequiredSiloSettings.Require(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            var siloPort = options.SiloPort ?? FreePort.Find();
            var gatewayPort = options.GatewayPort ?? FreePort.Find();
            if (BelajarProfile.IsEmbedded(builder.Configuration))
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            }
            else
            {
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = siloPort;
                    o.GatewayPort = gatewayPort;
                    if (options.AdvertisedIPAddress is not null)
                    {
                        o.AdvertisedIPAddress = IPAddress.Parse(options.AdvertisedIPAddress);
                    }
                });
            }

            BelajarSiloConfiguration.Configure(silo, builder.Configuration);
            BelajarSiloConfiguration.ConfigureIdentity(silo.Services, options);
            configure?.Invoke(silo);
        });
        builder.AddBelajarHostDefaults();
        return builder;
    }
}
