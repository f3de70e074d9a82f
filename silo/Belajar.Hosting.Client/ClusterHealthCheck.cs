using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Belajar.Hosting;

/// <summary>Ready when the cluster answers: at least one active silo, asked through the management grain.</summary>
internal sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                .WaitAsync(_timeout, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)")
                : HealthCheckResult.Unhealthy("the cluster has no active silo");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the log (the health check service logs it), never into the answer.
            return HealthCheckResult.Unhealthy(HealthResponse.ClusterUnreachable, ex);
        }
    }
}
