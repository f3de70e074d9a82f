namespace Belajar.Api.Runs;

/// <summary>The run that the embedded default starts at start-up (section <c>Belajar:StartupRun</c>; <c>--snapshot</c> sets the folder).</summary>
public sealed class StartupRunOptions
{
    public const string Section = "Belajar:StartupRun";

    /// <summary>Start a run at start-up: the embedded default does, the PostgreSQL profile does not unless asked.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The snapshot folder; default: <c>--snapshot</c>, else <c>samples/snapshot</c> of the repository.</summary>
    public string? Snapshot { get; set; }

    /// <summary>Show the progress bar in the console.</summary>
    public bool ShowProgress { get; set; } = true;

    /// <summary>The sample snapshot, found from the current folder or the app's folder upwards.</summary>
    public static string? FindSampleSnapshot()
    {
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "snapshot");
                if (File.Exists(Path.Combine(candidate, "sekolah.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
