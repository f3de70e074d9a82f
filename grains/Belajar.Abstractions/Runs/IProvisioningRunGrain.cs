using Belajar.Abstractions.Schools;

namespace Belajar.Abstractions.Runs;

/// <summary>A national run over one snapshot, keyed <c>run-{id}</c>; survives silo death and resumes where it was.</summary>
[Alias("belajar.IProvisioningRunGrain")]
public interface IProvisioningRunGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the run over the snapshot (the path resolved and checked by this silo); a real run also replaces the school
    /// operators who may sign in with those of the snapshot's <c>pengguna.csv</c> before it answers.
    /// </summary>
    [Alias("Start")]
    Task<RunStatus> StartAsync(RunRequest request);

    [Alias("Pause")]
    Task<RunStatus> PauseAsync();

    [Alias("Resume")]
    Task<RunStatus> ResumeAsync();

    /// <summary>The status, or null when no run has this id.</summary>
    [Alias("GetStatus")]
    Task<RunStatus?> GetStatusAsync();

    [Alias("GetReport")]
    Task<RunReport?> GetReportAsync();

    /// <summary>
    /// Provisions the failed accounts of an ended run again (its schools with failures take them up and report anew); the run
    /// is <c>Running</c> until they have. Null when no run has this id.
    /// </summary>
    /// <exception cref="RunNotRetryableException">The run is still running or paused, or is a dry run.</exception>
    [Alias("RetryFailed")]
    Task<RunStatus?> RetryFailedAsync();

    /// <summary>
    /// Lets a run in <see cref="RunState.AwaitingApproval"/> go on with its mass changes; null when no run has this id.
    /// </summary>
    /// <exception cref="RunApproverIsStarterException">The approver started the run.</exception>
    /// <exception cref="RunApprovalRefusedException">The run does not await approval.</exception>
    [Alias("Approve")]
    Task<RunStatus?> ApproveAsync(string approver);

    /// <summary>Ends a run in <see cref="RunState.AwaitingApproval"/> with nothing changed; null when no run has this id.</summary>
    /// <exception cref="RunApprovalRefusedException">The run does not await approval.</exception>
    [Alias("Cancel")]
    Task<RunStatus?> CancelAsync(string actor);

    /// <summary>A school of this run has provisioned its roster.</summary>
    [Alias("SchoolCompleted")]
    Task SchoolCompletedAsync(SchoolResult result);
}

/// <summary>The list of every run, keyed <see cref="Key"/>.</summary>
[Alias("belajar.IRunRegistryGrain")]
public interface IRunRegistryGrain : IGrainWithStringKey
{
    public const string Key = "runs-all";

    [Alias("Register")]
    Task RegisterAsync(string runId);

    /// <summary>Every run id, newest first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<string>> ListAsync();
}
