namespace Belajar.Abstractions.Quota;

/// <summary>Permits a silo may spend on Directory calls until <see cref="ValidUntil"/>.</summary>
[GenerateSerializer, Immutable, Alias("belajar.QuotaGrant")]
public sealed record QuotaGrant(
    [property: Id(0)] int Permits,
    [property: Id(1)] DateTimeOffset ValidUntil);

/// <summary>The cluster-wide budget of Directory calls of one Google project, keyed <c>quota-{project}</c>.</summary>
[Alias("belajar.IDirectoryQuotaGrain")]
public interface IDirectoryQuotaGrain : IGrainWithStringKey
{
    /// <summary>Asks for permits: <paramref name="wanted"/> now, with <paramref name="queued"/> calls waiting on the silo.</summary>
    [Alias("Lease")]
    Task<QuotaGrant> LeaseAsync(string siloId, int wanted, int queued);
}
