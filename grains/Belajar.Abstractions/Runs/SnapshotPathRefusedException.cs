namespace Belajar.Abstractions.Runs;

/// <summary>
/// The silo that would read a run's snapshot refuses its path (outside <c>Runs:SnapshotRoot</c>, missing, unreadable): the
/// message, in Bahasa Indonesia, says which path and what to give instead.
/// </summary>
[GenerateSerializer, Alias("belajar.SnapshotPathRefusedException")]
public sealed class SnapshotPathRefusedException : Exception
{
    public SnapshotPathRefusedException(string message)
        : base(message)
    {
    }
}
