using Belajar.Abstractions.Runs;

namespace Belajar.Grains.Runs;

/// <summary>
/// Decides, on the silo that will read it, which folder a run's snapshot path names. With <see cref="SnapshotRootOptions.SnapshotRoot"/>
/// set, the path (absolute, or relative to the root) must stay inside the root once <c>..</c> and every symbolic link on the way
/// are followed, and no entry of the folder may be a link that leaves it; without a root (the embedded default) any existing
/// folder is accepted. Refusals are <see cref="SnapshotPathRefusedException"/>s whose message says what to give instead.
/// </summary>
public sealed class SnapshotLocation(string? root)
{
    private const int MaxLinks = 40;

    /// <summary>The snapshot folder as an absolute path with no link left in it; throws when it is refused.</summary>
    public string Resolve(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            throw new SnapshotPathRefusedException("Berikan \"snapshotPath\": folder yang berisi sekolah.csv, peserta_didik.csv, ptk.csv dan pengguna.csv.");
        }

        if (root is null)
        {
            var full = Path.GetFullPath(requested);
            return System.IO.Directory.Exists(full) ? full : throw Missing(requested);
        }

        var realRoot = RealPath(root);
        var real = RealPath(Path.IsPathRooted(requested) ? requested : Path.Combine(realRoot, requested));
        if (!Inside(real, realRoot))
        {
            throw Outside(requested);
        }

        if (!System.IO.Directory.Exists(real))
        {
            throw Missing(requested);
        }

        foreach (var entry in new DirectoryInfo(real).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null && !Inside(RealPath(entry.FullName), realRoot))
            {
                throw new SnapshotPathRefusedException(
                    $"Berkas '{entry.Name}' di folder snapshot '{requested}' adalah tautan ke luar folder snapshot server (Runs:SnapshotRoot): salin berkasnya ke dalam folder itu.");
            }
        }

        return real;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both absolute, links resolved).</summary>
    public static bool Inside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(path, trimmed, StringComparison.Ordinal)
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || trimmed == Path.GetPathRoot(trimmed);
    }

    /// <summary>
    /// The absolute path with <c>.</c>, <c>..</c> and every symbolic link resolved, component by component (as the kernel
    /// would); components that do not exist are kept as written.
    /// </summary>
    public static string RealPath(string path)
    {
        var links = 0;
        return Walk(Path.GetFullPath(path), ref links);
    }

    private static string Walk(string full, ref int links)
    {
        var current = Path.GetPathRoot(full)!;
        var parts = full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new SnapshotPathRefusedException($"Folder '{full}' melewati terlalu banyak tautan: berikan folder tanpa tautan melingkar.");
                }

                // a relative target is relative to the folder holding the link
                next = Walk(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }

    private static SnapshotPathRefusedException Missing(string requested) =>
        new($"Folder '{requested}' tidak ada di server: berikan folder yang berisi berkas CSV snapshot.");

    private SnapshotPathRefusedException Outside(string requested) =>
        new($"Folder '{requested}' berada di luar folder snapshot server ({root}, Runs:SnapshotRoot): berikan folder di dalamnya, "
            + "sebagai jalur relatif terhadap folder itu atau jalur lengkap, tanpa '..' atau tautan yang keluar darinya.");
}
