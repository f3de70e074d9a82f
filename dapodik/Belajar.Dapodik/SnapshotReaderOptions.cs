namespace Belajar.Dapodik;

/// <summary>How a <see cref="SnapshotReader"/> uses temporary disk space.</summary>
public sealed record SnapshotReaderOptions
{
    /// <summary>Where the temporary bucket files go (a fresh sub-folder is made and deleted); default the system temp folder.</summary>
    public string? TempFolder { get; init; }

    /// <summary>
    /// How many bytes of person CSV go into one bucket; a bucket is what is held in memory at a time. Default 16 MiB
    /// (about 130,000 rows).
    /// </summary>
    public long BucketTargetBytes { get; init; } = 16L << 20;

    /// <summary>Upper bound on the number of buckets (open files while partitioning are twice this). Default 256.</summary>
    public int MaxBuckets { get; init; } = 256;

    /// <summary>A fixed bucket count, for tests; overrides <see cref="BucketTargetBytes"/>.</summary>
    public int? BucketCount { get; init; }
}
