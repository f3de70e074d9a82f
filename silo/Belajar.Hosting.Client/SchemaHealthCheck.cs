using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Belajar.Hosting;

/// <summary>
/// Ready when the database records the schema version this build expects (always, in the embedded profile). A failure answers
/// a fixed description; the health check service logs the exception.
/// </summary>
internal sealed class SchemaHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = BelajarProfile.ConnectionString(configuration);
        if (connectionString is null)
        {
            return HealthCheckResult.Healthy("embedded profile: no database schema");
        }

        try
        {
            var version = await SchemaMigrator.GetVersionAsync(connectionString, cancellationToken);
            return version >= SchemaMigrator.LatestVersion
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"schema version {version}, expected {SchemaMigrator.LatestVersion}: start a silo to apply it");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception (its message may name the host, the user or the database) goes to the log, never into the answer.
            return HealthCheckResult.Unhealthy(HealthResponse.DatabaseUnreachable, ex);
        }
    }
}
