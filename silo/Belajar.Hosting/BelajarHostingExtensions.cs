using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Belajar.Hosting;

/// <summary>The one place where hosts (silo, api) configure Orleans, by profile (see <see cref="BelajarProfile"/>).</summary>
public static class BelajarHostingExtensions
{
    /// <summary>
    /// Configures a silo: embedded profile (localhost clustering, in-memory storage and reminders) or PostgreSQL
    /// profile (ADO.NET clustering, storage, reminders; schema applied at start-up). Ports not configured are
    /// chosen free. <paramref name="configure"/> lets the caller add more (grain services etc.).
    /// </summary>
    public static IHostApplicationBuilder AddBelajarSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        var options = ReadOptions(builder.Configuration);
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
        HealthEndpoints.AddBelajarHealthChecks(builder.Services);
        builder.Services.AddBelajarMetrics();
        return builder;
    }

    /// <summary>Configures an Orleans client of the PostgreSQL profile's silos (ADO.NET clustering).</summary>
    public static IHostApplicationBuilder AddBelajarClient(this IHostApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        var connectionString = BelajarProfile.ConnectionString(builder.Configuration);
        if (connectionString is not null)
        {
            // registered before the Orleans client's own hosted service, so it runs first
            builder.Services.AddHostedService(sp => new SchemaMigrationService(
                connectionString, sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        }

        builder.UseOrleansClient(client =>
        {
            BelajarClientConfiguration.Configure(client, builder.Configuration);
            client.Services.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            client.UseConnectionRetryFilter(new GatewayRetryFilter().ShouldRetryAsync);
            client.AddDashboard(o => o.HideTrace = true);
        });
        HealthEndpoints.AddBelajarHealthChecks(builder.Services);
        builder.Services.AddBelajarMetrics();
        return builder;
    }

    /// <summary>Listens on <paramref name="url"/> unless URLs are configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>Urls</c>).</summary>
    public static WebApplicationBuilder UseBelajarDefaultUrls(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(url);
        }

        return builder;
    }

    private static BelajarOrleansOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(BelajarOrleansOptions.Section).Get<BelajarOrleansOptions>() ?? new();
        var problems = options.Validate(BelajarProfile.ConnectionString(configuration));
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(BelajarOrleansOptions.Section, typeof(BelajarOrleansOptions), problems);
        }

        return options;
    }
}
