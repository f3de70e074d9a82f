using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Belajar.Hosting;

/// <summary>
/// Applies the schema before the Orleans client starts, so that the api may start before any silo
/// (the client's ADO.NET gateway list reads <c>OrleansQuery</c> as it starts).
/// </summary>
internal sealed class SchemaMigrationService(string connectionString, ILoggerFactory loggers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        SchemaMigrator.ApplyAsync(connectionString, loggers.CreateLogger(typeof(SchemaMigrator)), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
