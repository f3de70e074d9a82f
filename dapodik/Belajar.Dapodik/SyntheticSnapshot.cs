using Belajar.Dapodik.Synthetic;

namespace Belajar.Dapodik;

/// <summary>
/// A synthetic national Dapodik snapshot, deterministic from a seed (same seed and options → same bytes), at any scale:
/// realistic names, 38 provinces, school forms and grades in national proportion, operators with bcrypt hashes (their
/// plain passwords in <c>operator-passwords.csv</c> beside the snapshot, for demos and tests) and, on request, a share of
/// invalid rows of every kind.
/// </summary>
public static class SyntheticSnapshot
{
    /// <summary>Writes the snapshot's CSV files (and <c>operator-passwords.csv</c>) into <paramref name="folder"/>.</summary>
    public static Task WriteAsync(string folder, SyntheticSnapshotOptions options, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Task.Run(() => new SnapshotGenerator(options).Write(folder, ct), ct);
    }
}
