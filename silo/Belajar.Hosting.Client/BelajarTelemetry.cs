using Belajar.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Belajar.Hosting;

/// <summary>
/// Metrics of every host (silo and api): the Orleans meter, ASP.NET Core's meters and the project's own
/// (<see cref="BelajarMeter.Name"/>), exported by OpenTelemetry in the Prometheus text format at <c>/metrics</c>.
/// </summary>
public static class BelajarTelemetry
{
    /// <summary>The Prometheus scraping path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The meter Orleans (runtime and messaging) reports to.</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>Registers OpenTelemetry metrics with the Prometheus exporter (once per host).</summary>
    public static IServiceCollection AddBelajarMetrics(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(BelajarMetricsMarker)))
        {
            return services;
        }

        services.AddSingleton<BelajarMetricsMarker>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BelajarMeter.Name, OrleansMeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0)); // every scrape reads the meters now
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format) when <see cref="AddBelajarMetrics"/> registered the exporter.</summary>
    public static IEndpointRouteBuilder MapBelajarMetrics(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<BelajarMetricsMarker>() is not null)
        {
            endpoints.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        }

        return endpoints;
    }

    private sealed class BelajarMetricsMarker;
}
