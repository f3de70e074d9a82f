using Belajar.Hosting;

namespace Belajar.Api.Metrics;

/// <summary>Registers the api's metrics: OpenTelemetry with the Prometheus exporter and the api's own instruments.</summary>
public static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddBelajarApiMetrics(this IServiceCollection services)
    {
        services.AddBelajarMetrics();
        services.AddSingleton<ApiMetrics>();
        return services;
    }

    /// <summary>Counts downloads and creates the gauges (observable instruments exist once <see cref="ApiMetrics"/> does).</summary>
    public static WebApplication UseBelajarApiMetrics(this WebApplication app)
    {
        app.Services.GetRequiredService<ApiMetrics>();
        app.UseDownloadCounting();
        return app;
    }
}
