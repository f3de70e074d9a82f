namespace Belajar.Abstractions.Quota;

/// <summary>Permits a silo may spend on Directory calls until <see cref="ExpiresAt"/>; ask again at <see cref="NextRefillAt"/>.</summary>
[GenerateSerializer, Immutable, Alias("belajar.QuotaGrant")]
public sealed record QuotaGrant(
    [property: Id(0)] long LeaseId,
    [property: Id(1)] int Permits,
    [property: Id(2)] DateTimeOffset ExpiresAt,
    [property: Id(3)] DateTimeOffset NextRefillAt);

/// <summary>Permits of a lease that a silo did not use, given back.</summary>
[GenerateSerializer, Immutable, Alias("belajar.QuotaReturn")]
public sealed record QuotaReturn(
    [property: Id(0)] long LeaseId,
    [property: Id(1)] int Count);

/// <summary>
/// The cluster-wide budget of Directory calls of one Google project, keyed <c>quota-{project}</c>: silos lease shares of it,
/// so that the sum over silos never exceeds it.
/// </summary>
[Alias("belajar.IDirectoryQuotaGrain")]
public interface IDirectoryQuotaGrain : IGrainWithStringKey
{
    /// <summary>Asks for permits: <paramref name="wanted"/> now, with <paramref name="queued"/> calls waiting on the silo.</summary>
    [Alias("Lease")]
    Task<QuotaGrant> LeaseAsync(string siloId, int wanted, int queued);

    [Alias("Return")]
    Task ReturnAsync(string siloId, IReadOnlyList<QuotaReturn> unused);

    /// <summary>A silo's use of the quota per class in the last minute (every few seconds), summed for <see cref="GetUsageAsync"/>.</summary>
    [Alias("ReportClasses")]
    Task ReportClassesAsync(string siloId, IReadOnlyList<QuotaClassUse> classes);

    /// <summary>How many permits the budget has handed out in the current window, to which silos recently, and per class.</summary>
    [Alias("GetUsage")]
    Task<QuotaUsage> GetUsageAsync();
}

/// <summary>The quota's state for dashboards.</summary>
[GenerateSerializer, Immutable, Alias("belajar.QuotaUsage")]
public sealed record QuotaUsage(
    [property: Id(0)] int QueriesPerMinute,
    [property: Id(1)] int InWindow,
    [property: Id(2)] IReadOnlyList<string> ActiveSilos,
    [property: Id(3)] IReadOnlyList<QuotaClassUse> Classes);

/// <summary>
/// One class of Directory calls (<c>Interactive</c>, <c>Sync</c>, <c>Deadline</c>, <c>Bulk</c>): its guaranteed share of the quota in
/// percent (<c>Directory:Shares:{Class}</c>), the permits it got in the last 60 s, the callers waiting for one and the longest
/// a caller waited for a permit handed out in the last 60 s (milliseconds).
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.QuotaClassUse")]
public sealed record QuotaClassUse(
    [property: Id(0)] string Class,
    [property: Id(1)] int SharePercent,
    [property: Id(2)] int UsedLastMinute,
    [property: Id(3)] int Waiting,
    [property: Id(4)] int LongestWaitMs = 0);
