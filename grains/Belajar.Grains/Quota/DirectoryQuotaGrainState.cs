namespace Belajar.Grains.Quota;

/// <summary>What the quota grain stores so that a new activation never lets a 60 s window exceed the budget.</summary>
public sealed class DirectoryQuotaGrainState
{
    /// <summary>Every lease granted so far expires by this time (<see cref="QuotaLedger.GrantsExpireBy"/>); written before it moves.</summary>
    public DateTimeOffset? GrantsExpireBy { get; set; }

    /// <summary>True when <see cref="Spent"/> is the whole window, written by an activation that ended in order.</summary>
    public bool HandedOver { get; set; }

    /// <summary>The permits counted in the window when the last activation ended in order.</summary>
    public List<SpentPermits> Spent { get; set; } = [];
}
