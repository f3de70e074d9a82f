namespace Belajar.Grains.Quota;

/// <summary>
/// Permits of leases that expire at <see cref="ExpiresAt"/>, counted in the window until then plus one minute (and the clock
/// skew allowance). Stored in <see cref="DirectoryQuotaGrainState"/>: public get/set for the state serializer.
/// </summary>
public sealed class SpentPermits
{
    public SpentPermits()
    {
    }

    public SpentPermits(DateTimeOffset expiresAt, int permits)
    {
        ExpiresAt = expiresAt;
        Permits = permits;
    }

    public DateTimeOffset ExpiresAt { get; set; }

    public int Permits { get; set; }
}
