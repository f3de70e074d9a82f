namespace Belajar.Grains.Quota;

/// <summary>
/// The guaranteed share of the Directory quota of each class of calls (section <c>Directory:Shares</c>), in percent of the
/// permits: a class that keeps callers waiting gets at least its share of every 60 s window, and what a class leaves unused
/// goes to the others. Each share 1–100, together at most 100.
/// </summary>
public sealed class QuotaSharesOptions
{
    public const string Section = "Directory:Shares";

    /// <summary>Operators and administrators waiting on a screen. Default 10 %.</summary>
    public int Interactive { get; set; } = 10;

    /// <summary>The schools' periodic sync. Default 25 %.</summary>
    public int Sync { get; set; } = 25;

    /// <summary>Provisioning of a national run. Default 45 %.</summary>
    public int Bulk { get; set; } = 45;

    /// <summary>The deadline sweep. Default 20 %.</summary>
    public int Deadline { get; set; } = 20;

    /// <summary>The share of <paramref name="priority"/> as a fraction (0.25 for 25 %).</summary>
    public double Of(DirectoryPriority priority) => priority switch
    {
        DirectoryPriority.Interactive => Interactive,
        DirectoryPriority.Sync => Sync,
        DirectoryPriority.Bulk => Bulk,
        DirectoryPriority.Deadline => Deadline,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Use Interactive, Sync, Bulk or Deadline."),
    } / 100.0;
}
