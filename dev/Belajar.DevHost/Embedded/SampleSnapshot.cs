namespace Belajar.DevHost.Embedded;

/// <summary>The committed sample snapshot (<c>samples/snapshot</c>), which the embedded default provisions when none is given.</summary>
public static class SampleSnapshot
{
    /// <summary>The sample snapshot's folder, found from the current folder or the app's folder upwards; null when absent.</summary>
    public static string? Find()
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
