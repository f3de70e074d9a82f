namespace Belajar.Dapodik.Reading;

/// <summary>A snapshot after the partition pass: valid schools in memory, person rows in buckets, duplicate lines known.</summary>
internal sealed class PreparedSnapshot(List<SchoolEntry> schools, BucketSet buckets, HashSet<(string File, long Line)> duplicates)
    : IDisposable
{
    public List<SchoolEntry> Schools { get; } = schools;

    public BucketSet Buckets { get; } = buckets;

    /// <summary>Rows already rejected as duplicates (the first occurrence of a key is kept).</summary>
    public HashSet<(string File, long Line)> Duplicates { get; } = duplicates;

    public int BucketOf(SchoolEntry school) => school.Index % Buckets.Count;

    public void Dispose() => Buckets.Dispose();
}
