using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Hosting;

/// <summary>The health endpoints of both hosts: <c>/health/live</c> (the process runs) and <c>/health/ready</c>.</summary>
public static class HealthEndpoints
{
    /// <summary>The tag of the checks that make up readiness.</summary>
    public const string ReadyTag = "ready";

    internal static void AddBelajarHealthChecks(IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag])
            .AddCheck<SchemaHealthCheck>("schema", tags: [ReadyTag]);

    /// <summary>Maps <c>GET /health/live</c>, <c>GET /health/ready</c> (cluster reachable, schema current) and <c>GET /metrics</c>.</summary>
    public static IEndpointRouteBuilder MapBelajarHealth(this IEndpointRouteBuilder endpoints)
    {
        // public on purpose (probes, Prometheus on the internal network): marked, as the api's fallback policy requires a token elsewhere
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
        }).AllowAnonymous();
        endpoints.MapBelajarMetrics();
        return endpoints;
    }
}
