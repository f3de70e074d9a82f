namespace Belajar.Grains.Quota;

/// <summary>
/// Permits for Directory calls handed to one silo by <see cref="QuotaLedger.Grant"/>. The silo may start at most
/// <see cref="Permits"/> calls before <see cref="ExpiresAt"/>, and returns the ones it did not use with
/// <see cref="QuotaLedger.Return"/> so that they can be granted again.
/// </summary>
[GenerateSerializer, Immutable, Alias("Belajar.Quota.Lease")]
public sealed record Lease
{
    /// <summary>Identifies the lease when unused permits are returned; 0 when nothing was granted.</summary>
    [Id(0)]
    public long LeaseId { get; init; }

    /// <summary>How many calls the silo may start.</summary>
    [Id(1)]
    public int Permits { get; init; }

    /// <summary>When unused permits become void; no call may start after it.</summary>
    [Id(2)]
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the next slice of the budget opens: the earliest useful time to ask again.</summary>
    [Id(3)]
    public DateTimeOffset NextRefillAt { get; init; }
}
