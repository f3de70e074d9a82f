namespace Belajar.Grains.Quota;

/// <summary>Permits of a lease that expired on a silo unused, to be given back with <see cref="QuotaLedger.Return"/>.</summary>
/// <param name="LeaseId">The lease they came from.</param>
/// <param name="Count">How many were not used.</param>
public sealed record UnusedPermits(long LeaseId, int Count);
