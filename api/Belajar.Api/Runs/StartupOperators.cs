namespace Belajar.Api.Runs;

/// <summary>
/// Loads the operators of the configured snapshot (<c>Belajar:StartupRun:Snapshot</c> or <c>--snapshot</c>) into the cluster
/// when the host starts, after the cluster client or the co-hosted silo (registered before it) has started.
/// </summary>
public sealed class StartupOperators(SnapshotOperators operators, string snapshot) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => operators.LoadAsync(snapshot, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
