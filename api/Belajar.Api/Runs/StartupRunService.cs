using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Belajar.Api.Runs;

/// <summary>
/// The main job of the embedded default: once the app listens, starts a run over the snapshot, shows its progress in the console
/// (schools, accounts, rate, ETA) and at the end tells a newcomer how to try it.
/// </summary>
public sealed partial class StartupRunService(
    IOptions<StartupRunOptions> options,
    RunStarter starter,
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    StartupGuide guide,
    TimeProvider time,
    ILogger<StartupRunService> logger) : BackgroundService
{
    /// <summary>The run started at start-up, once it is.</summary>
    public string? RunId { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = options.Value.Snapshot;
        if (folder is null)
        {
            LogNoSnapshot();
            return;
        }

        await WhenStartedAsync(stoppingToken);
        var status = await starter.StartAsync(new RunRequest(Path.GetFullPath(folder), DryRun: false));
        RunId = status.RunId;
        LogRunStarted(status.RunId, folder);
        var run = grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(status.RunId));
        status = options.Value.ShowProgress && AnsiConsole.Profile.Capabilities.Interactive
            ? await ShowProgressAsync(run, stoppingToken)
            : await WaitAsync(run, stoppingToken);
        LogRunEnded(status.RunId, status.State, status.AccountsCreated, status.AccountsFailed, status.RowsRejected);
        guide.Print(status);
    }

    private async Task<RunStatus> ShowProgressAsync(IProvisioningRunGrain run, CancellationToken ct)
    {
        RunStatus status = (await run.GetStatusAsync())!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var schools = ctx.AddTask("Schools");
                var accounts = ctx.AddTask("Accounts");
                while (true)
                {
                    status = (await run.GetStatusAsync())!;
                    schools.MaxValue = Math.Max(1, status.SchoolsTotal);
                    schools.Value = status.SchoolsDone;
                    schools.Description = $"Schools {status.SchoolsDone:N0}/{status.SchoolsTotal:N0}";
                    accounts.MaxValue = Math.Max(1, status.AccountsEligible);
                    accounts.Value = status.AccountsCreated + status.AccountsFailed;
                    accounts.Description = $"Accounts {status.AccountsCreated:N0}/{status.AccountsEligible:N0} ({status.AccountsPerSecond:N0}/s)";
                    if (status.State is not (RunState.Running or RunState.Paused))
                    {
                        schools.Value = schools.MaxValue;
                        accounts.Value = accounts.MaxValue;
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(250), time, ct);
                }
            });
        return status;
    }

    private async Task<RunStatus> WaitAsync(IProvisioningRunGrain run, CancellationToken ct)
    {
        var lastLine = DateTimeOffset.MinValue;
        while (true)
        {
            var status = (await run.GetStatusAsync())!;
            if (status.State is not (RunState.Running or RunState.Paused))
            {
                return status;
            }

            if (time.GetUtcNow() - lastLine > TimeSpan.FromSeconds(5))
            {
                lastLine = time.GetUtcNow();
                Console.WriteLine($"Run {status.RunId}: schools {status.SchoolsDone}/{status.SchoolsTotal}, accounts {status.AccountsCreated}/{status.AccountsEligible} ({status.AccountsPerSecond:N0}/s)");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), time, ct);
        }
    }

    private Task WhenStartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        ct.Register(() => started.TrySetCanceled(ct));
        return started.Task;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No snapshot to provision at start-up: give --snapshot <folder>")]
    private partial void LogNoSnapshot();

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up run {RunId} over {Folder}")]
    private partial void LogRunStarted(string runId, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up run {RunId} {State}: {Created} accounts created, {Failed} failed, {Rejected} rows rejected")]
    private partial void LogRunEnded(string runId, RunState state, long created, long failed, long rejected);
}
