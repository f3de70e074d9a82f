using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Belajar.Hosting;

/// <summary>Applies the schema at the very first silo lifecycle stage, before any ADO.NET provider reads it.</summary>
internal sealed class SchemaMigrationParticipant(string connectionString, IServiceProvider services)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationParticipant), ServiceLifecycleStage.First, ApplyAsync);

    private Task ApplyAsync(CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SchemaMigrator));
        return SchemaMigrator.ApplyAsync(connectionString, logger, ct);
    }
}
