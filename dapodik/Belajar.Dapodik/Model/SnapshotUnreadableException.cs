namespace Belajar.Dapodik;

/// <summary>
/// A snapshot file cannot be read at all (missing, wrong header, not UTF-8). Thrown before the first roster is
/// yielded, so nothing has been changed.
/// </summary>
public sealed class SnapshotUnreadableException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/>.</summary>
    public SnapshotUnreadableException(string file, string message, Exception? inner = null)
        : base($"{file}: {message}", inner)
    {
        File = file;
    }

    /// <summary>The file name that cannot be read, e.g. <c>ptk.csv</c>.</summary>
    public string File { get; }
}
