using Belajar.Abstractions.Schools;

namespace Belajar.Abstractions.Runs;

/// <summary>A national run over one snapshot, keyed <c>run-{id}</c>; survives silo death and resumes where it was.</summary>
[Alias("belajar.IProvisioningRunGrain")]
public interface IProvisioningRunGrain : IGrainWithStringKey
{
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
