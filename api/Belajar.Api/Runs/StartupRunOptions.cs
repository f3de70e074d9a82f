namespace Belajar.Api.Runs;

/// <summary>The run that the embedded default starts at start-up (section <c>Belajar:StartupRun</c>; <c>--snapshot</c> sets the folder).</summary>
public sealed class StartupRunOptions
{
    public const string Section = "Belajar:StartupRun";

    /// <summary>Start a run at start-up: the embedded default does, the PostgreSQL profile does not unless asked.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The snapshot folder; default: <c>--snapshot</c> (the development host falls back to <c>samples/snapshot</c>).</summary>
    public string? Snapshot { get; set; }

    /// <summary>Show the progress bar in the console.</summary>
    public bool ShowProgress { get; set; } = true;
}
