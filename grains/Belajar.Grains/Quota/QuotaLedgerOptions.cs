namespace Belajar.Grains.Quota;

/// <summary>Timing of a <see cref="QuotaLedger"/>; the defaults suit Google's per-minute Directory quota.</summary>
public sealed class QuotaLedgerOptions
{
    /// <summary>
    /// How the minute is paced: each slice hands out its share of the budget, and a silo whose callers wait asks once per slice,
    /// so a call that arrives just after its silo's lease waits up to one slice for the next. Must divide one minute. Default
    /// 250 ms (an operator's call waits at most about a quarter of a second for its silo's next lease).
    /// </summary>
    public TimeSpan Slice { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long granted permits stay usable. Default 1 s.</summary>
    public TimeSpan LeaseLifetime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A silo that has not asked for this long no longer holds a share of the budget. Default 3 s.</summary>
    public TimeSpan SiloIdleAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How far ahead the stored horizon of granted leases moves at a time (<see cref="QuotaLedger.HorizonToStore"/>): one
    /// storage write per step; after the loss of its silo the budget waits at most this plus one minute. Default 10 s.
    /// </summary>
    public TimeSpan HorizonStep { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Allowance for clocks of silos being behind the ledger's clock. Default 250 ms.</summary>
    public TimeSpan ClockSkewAllowance { get; set; } = TimeSpan.FromMilliseconds(250);
}
