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

    /// <summary>How many permits the budget has handed out in the current window, and to which silos recently.</summary>
    [Alias("GetUsage")]
    Task<QuotaUsage> GetUsageAsync();
}

/// <summary>The quota's state for dashboards.</summary>
[GenerateSerializer, Immutable, Alias("belajar.QuotaUsage")]
public sealed record QuotaUsage(
    [property: Id(0)] int QueriesPerMinute,
    [property: Id(1)] int InWindow,
    [property: Id(2)] IReadOnlyList<string> ActiveSilos);
