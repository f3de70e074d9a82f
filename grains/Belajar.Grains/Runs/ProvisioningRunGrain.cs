using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Accounts;
using Belajar.Grains.Quota;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Runs;

/// <summary>
/// A national run. A timer pumps schools from the snapshot to their grains, at most <see cref="ProvisioningOptions.SchoolsInFlight"/>
/// at once; schools report back when done. The set of done schools is persisted, and a reminder wakes the run after its silo
/// dies, so that it re-reads the snapshot, skips what is done and sends the rest again (schools and accounts are idempotent).
/// When the cluster declares another silo dead, the run sends every school in flight its roster again at once (a school on the
/// dead silo resumes from its stored state on another silo; one on a live silo already has the work and goes on).
/// Before a real run sends anything, the mass-change guard counts what it would change (ProvisioningRunGrain.Guard.cs).
/// </summary>
public sealed partial class ProvisioningRunGrain(
    [PersistentState("run", StorageNames.Runs)] IPersistentState<RunGrainState> state,
    AccountDomains domains,
    PersonClaims persons,
    IOptions<ProvisioningOptions> options,
    IOptions<DirectoryQuotaOptions> quota,
    IOptions<MassChangeOptions> massChange,
    IClusterMembershipService membership,
    TimeProvider time,
    ILogger<ProvisioningRunGrain> logger) : Grain, IProvisioningRunGrain, IRemindable
{
    private const string KeepAliveReminder = "run-keepalive";

    private IGrainTimer? _pump;
    private RunPass? _pass;
    private readonly LostSilos _lostSilos = new();
    private bool _pumping;
    private DateTimeOffset _lastWrite;

    private RunGrainState S => state.State;

    private string RunId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Request is not null && S.State == RunState.Running)
        {
            StartPump();
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_pass is not null)
        {
            await _pass.DisposeAsync();
        }
    }

    public async Task<RunStatus> StartAsync(RunRequest request)
    {
        if (S.Request is not null)
        {
            return Status();
        }

        request = request with { SnapshotPath = ServiceProvider.GetRequiredService<SnapshotLocation>().Resolve(request.SnapshotPath) };
        S.Request = request;
        S.State = RunState.Running;
        S.StartedAt = time.GetUtcNow();
        S.RunningSince = S.StartedAt;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.Key).RegisterAsync(RunId);
        if (!request.DryRun)
        {
            await this.RegisterOrUpdateReminder(KeepAliveReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            await ImportOperatorsAsync(request.SnapshotPath);
        }

        StartPump();
        LogStarted(RunId, request.SnapshotPath, request.DryRun);
        return Status();
    }

    public async Task<RunStatus> PauseAsync()
    {
        if (S.State == RunState.Running)
        {
            S.ActiveSeconds += Elapsed();
            S.RunningSince = null;
            S.State = RunState.Paused;
            await state.WriteStateAsync();
        }

        return Status();
    }

    public async Task<RunStatus> ResumeAsync()
    {
        if (S.State == RunState.Paused)
        {
            S.State = RunState.Running;
            S.RunningSince = time.GetUtcNow();
            await state.WriteStateAsync();
            StartPump();
        }

        return Status();
    }

    public Task<RunStatus?> GetStatusAsync() => Task.FromResult(S.Request is null ? null : Status());

    public Task<RunReport?> GetReportAsync() => Task.FromResult<RunReport?>(S.Request is null ? null : new RunReport(
        RunId, S.RowsRejected, S.RejectedRows, S.RejectedByReason, S.NotEligibleByReason, S.Counts, S.Gone, S.FailureReasons, FailureGroups()));

    public async Task SchoolCompletedAsync(SchoolResult result)
    {
        _pass?.InFlight.Remove(result.Npsn);
        S.Retrying.Remove(result.Npsn);
        if (!S.Done.Add(result.Npsn))
        {
            return;
        }

        Count(result);
        await AddGoneAsync(result.Npsn, result.Gone);
        AddCapped(S.FailureReasons, result.FailureReasons);
        await WriteThrottledAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.State is not (RunState.Running or RunState.Paused) || S.Request is null)
        {
            var reminder = await this.GetReminder(reminderName);
            if (reminder is not null)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        if (S.State == RunState.Running)
        {
            StartPump();
        }
    }

    private RunStatus Status()
    {
        var request = S.Request!;
        var seconds = S.ActiveSeconds + Elapsed();
        var rate = seconds > 0 ? S.Created / seconds : 0;
        return new RunStatus(
            RunId, S.State, request.DryRun, S.SchoolsTotal, S.Done.Count, S.Eligible, S.Created, S.Failed, S.RowsRejected,
            Math.Round(rate, 2), request.SnapshotPath, S.StartedAt, S.CompletedAt, S.FailureReason, S.Skipped, S.StalledSince,
            S.StalledSince is null ? null : S.WaitingOn, S.MassChanges, request.StartedBy, S.ApprovedBy);
    }

    private double Elapsed() => S.RunningSince is { } since ? (time.GetUtcNow() - since).TotalSeconds : 0;

    private void StartPump() => _pump ??= this.RegisterGrainTimer(
        PumpAsync,
        new GrainTimerCreationOptions(TimeSpan.Zero, options.Value.PumpInterval) { KeepAlive = true, Interleave = true });

    private void StopPump()
    {
        _pump?.Dispose();
        _pump = null;
    }

    private async Task WriteThrottledAsync(bool force = false)
    {
        var now = time.GetUtcNow();
        if (force || now - _lastWrite >= TimeSpan.FromSeconds(2))
        {
            _lastWrite = now;
            await state.WriteStateAsync();
        }
    }

    private static void AddCapped(List<string> list, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (list.Count >= RunGrainState.MaxListed)
            {
                return;
            }

            list.Add(item);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} started over {SnapshotPath} (dry run: {DryRun})")]
    private partial void LogStarted(string runId, string snapshotPath, bool dryRun);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} {State}: {Schools} schools, {Created} accounts created, {Failed} failed")]
    private partial void LogFinished(string runId, RunState state, int schools, long created, long failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} failed: {Reason}")]
    private partial void LogFailed(string runId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: pumping failed, trying again")]
    private partial void LogPumpFailed(Exception ex, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: school {Npsn} did not answer, sending its roster again")]
    private partial void LogSchoolResent(string runId, string npsn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: silo {Silos} declared dead, sending the rosters of its {Schools} schools in flight again")]
    private partial void LogSilosLost(string runId, string silos, int schools);
}
