namespace Belajar.Grains.Runs;

/// <summary>Where runs may read snapshots: section <c>Runs</c>.</summary>
public sealed class SnapshotRootOptions
{
    public const string Section = "Runs";

    /// <summary>
    /// The folder every silo mounts (a shared volume) that holds the snapshots; a run's path must lie inside it, relative
    /// paths are read from it. Unset (the embedded default only: a PostgreSQL-profile silo refuses to start without it): any
    /// readable folder.
    /// </summary>
    public string? SnapshotRoot { get; set; }
}
