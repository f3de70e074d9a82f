using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Belajar.Hosting;

/// <summary>How a host joins the cluster as a client (the api in the PostgreSQL profile), and what every host shares.</summary>
public static class BelajarClientHostingExtensions
{
    /// <summary>
    /// Configures an Orleans client of the PostgreSQL profile's silos (ADO.NET clustering), applies the schema before the
    /// client connects, and adds the health checks and metrics of every host.
    /// </summary>
    public static IHostApplicationBuilder AddBelajarClient(this IHostApplicationBuilder builder)
    {
        var options = BelajarOrleansOptions.Read(builder.Configuration);
        var connectionString = BelajarProfile.ConnectionString(builder.Configuration);
        if (connectionString is not null)
        {
            // registered before the Orleans client's own hosted service, so it runs first
            builder.Services.AddHostedService(sp => new SchemaMigrationService(connectionString, sp.GetRequiredService<ILoggerFactory>()));
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
        builder.AddBelajarHostDefaults();
        return builder;
    }

    /// <summary>What every host has, silo or client: the readiness checks (cluster, schema) and the metrics exporter.</summary>
    public static IHostApplicationBuilder AddBelajarHostDefaults(this IHostApplicationBuilder builder)
    {
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
}
