using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Belajar.Abstractions.Regions;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Lifecycle;

/// <summary>
/// At silo start (once the silo is active): the accounts waiting for their deadline (the national funnel: created − activated
/// − deactivated), each at the cost <see cref="DeactivationWindowFit"/> counts (2 queries, 1 for a check that reuses its school's
/// sync just after the deadline), against what <c>Directory:QueriesPerMinute</c> allows within
/// <c>Lifecycle:DeactivationWindow</c>; a warning names the window that would fit. The result goes to
/// <see cref="IDeactivationWindowGrain"/>, where <c>/ops</c> reads it.
/// </summary>
public sealed partial class DeactivationWindowCheck(
    IGrainFactory grains,
    IOptions<LifecycleOptions> lifecycle,
    IOptions<DirectoryQuotaOptions> quota,
    TimeProvider time,
    ILogger<DeactivationWindowCheck> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle observer) =>
        observer.Subscribe(nameof(DeactivationWindowCheck), ServiceLifecycleStage.Active, OnActiveAsync);

    /// <summary>Checks, logs and reports to <see cref="IDeactivationWindowGrain"/>; answers the result (null when the counters could not be read).</summary>
    public async Task<DeactivationWindowFit.Result?> CheckAsync()
    {
        try
        {
            var national = await grains.GetGrain<IRegionGrain>(GrainKeys.Region(IRegionGrain.NationalKode)).GetStatsAsync();
            var c = national.Counters;
            var pending = c.Created - c.Activated - c.Deactivated;
            var window = lifecycle.Value.DeactivationWindow;
            var fit = DeactivationWindowFit.Of(pending, quota.Value.QueriesPerMinute, lifecycle.Value);
            if (!fit.Fits)
            {
                LogTooShort(pending, fit.CallsPerCheck, quota.Value.QueriesPerMinute, window, fit.WindowNeeded);
            }

            await grains.GetGrain<IDeactivationWindowGrain>(IDeactivationWindowGrain.Key).ReportAsync(new DeactivationWindowReport(
                fit.Fits, pending, fit.QueriesNeeded, fit.QueriesAllowed, quota.Value.QueriesPerMinute, window, fit.WindowNeeded, time.GetUtcNow()));
            return fit;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotChecked(ex);
            return null;
        }
    }

    /// <summary>In the background: the start does not wait for the national counters.</summary>
    private Task OnActiveAsync(CancellationToken ct)
    {
        _ = Task.Run(CheckAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lifecycle:DeactivationWindow {Window} is too short for the quota: {Pending} accounts await their deadline at {Calls:0.##} queries each (2, or 1 when the check reuses its school's sync just after the deadline), Directory:QueriesPerMinute {QueriesPerMinute}; a window of at least {Needed} fits (shorter only makes the checks wait on the quota)")]
    private partial void LogTooShort(long pending, double calls, int queriesPerMinute, TimeSpan window, TimeSpan needed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deactivation window could not be checked against the quota at start-up")]
    private partial void LogNotChecked(Exception ex);
}
