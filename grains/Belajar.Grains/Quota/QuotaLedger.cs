namespace Belajar.Grains.Quota;

/// <summary>
/// The cluster-wide budget of Directory calls of one Google project, held by the quota grain and leased to the
/// silos' gateways. Pure logic: all time comes from the injected <see cref="TimeProvider"/>; not thread-safe
/// (a grain runs one call at a time).
/// </summary>
/// <remarks>
/// <para><b>Guarantee: over any rolling 60 s, silos start at most <see cref="QueriesPerMinute"/> calls</b>, provided
/// each silo starts no call on a lease after its <see cref="Lease.ExpiresAt"/> (+ the clock-skew allowance). Every
/// granted permit is counted against the budget from its grant until <c>ExpiresAt + 60 s + allowance</c> (or
/// until it is returned unused). Proof sketch: take the calls started in any window [t, t+60 s); the leases they
/// used were all granted before t+60 s and expire after t, so at the moment the last of them was granted all of
/// them were still counted, and a grant never takes the count above the budget.</para>
/// <para><b>Pacing:</b> the minute is cut into slices (1 s by default) and each slice hands out its share of the
/// budget (<c>quota / 60</c>, remainders spread so 60 slices sum to the quota), so the budget is not spent in the
/// first second of a minute and every silo gets its turn. A lease lasts one slice; unused permits returned with
/// <see cref="Return"/> are granted again. The window rule costs about <c>lifetime / 60 s</c> (~2%) of throughput.</para>
/// <para><b>Fairness:</b> within a slice, the slice budget is divided max-min fairly among the silos that asked
/// within <see cref="QuotaLedgerOptions.SiloIdleAfter"/>: each silo's demand is what it asked for (at least its
/// queued callers); a silo that has not asked yet in this slice is assumed to want what it asked for last time.
/// A silo that asks for nothing leaves its share to the others; a silo that stops asking (gone) stops holding
/// a share after the idle time, or at once with <see cref="Forget"/>. Its unexpired permits keep counting in the
/// window, since they may have been used.</para>
/// <para><b>Failover:</b> a ledger grants only leases that expire by <see cref="GrantsExpireBy"/>, a horizon its owner
/// stores before moving it (<see cref="HorizonToStore"/>). A ledger that replaces one lost with its silo starts with
/// <see cref="AssumeBudgetSpent"/>(stored horizon): the whole budget counts as spent by leases that expire then, so the
/// guarantee holds across the two ledgers. One handed over in order starts from <see cref="Spent"/> with
/// <see cref="Restore"/> instead, and loses nothing.</para>
/// </remarks>
public sealed class QuotaLedger
{
    /// <summary>The rolling window the quota is defined over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly QuotaLedgerOptions _options;
    private readonly long _slicesPerWindow;
    private readonly Queue<GrantRecord> _grants = new();
    private readonly Dictionary<long, GrantRecord> _grantsById = [];
    private readonly Dictionary<string, SiloDemand> _silos = new(StringComparer.Ordinal);
    private long _slice = long.MinValue;
    private int _sliceGranted;
    private int _inWindow;
    private long _nextLeaseId;

    /// <summary>A ledger for a budget of <paramref name="queriesPerMinute"/> Directory calls per minute.</summary>
    public QuotaLedger(int queriesPerMinute, TimeProvider timeProvider, QuotaLedgerOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(queriesPerMinute);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options ?? new QuotaLedgerOptions();
        if (_options.Slice <= TimeSpan.Zero || Window.Ticks % _options.Slice.Ticks != 0)
        {
            throw new ArgumentException($"Slice {_options.Slice} must be positive and divide one minute (e.g. 1 s, 500 ms).", nameof(options));
        }

        if (_options.LeaseLifetime <= TimeSpan.Zero || _options.SiloIdleAfter <= TimeSpan.Zero || _options.ClockSkewAllowance < TimeSpan.Zero)
        {
            throw new ArgumentException("LeaseLifetime and SiloIdleAfter must be positive and ClockSkewAllowance not negative.", nameof(options));
        }

        QueriesPerMinute = queriesPerMinute;
        _time = timeProvider;
        _slicesPerWindow = Window.Ticks / _options.Slice.Ticks;
    }

    /// <summary>The budget: calls per rolling minute, summed over all silos.</summary>
    public int QueriesPerMinute { get; }

    /// <summary>Permits currently counted against the rolling window.</summary>
    public int InWindow
    {
        get
        {
            Advance(_time.GetUtcNow());
            return _inWindow;
        }
    }

    /// <summary>Leases are granted only while they expire by this time (null: no limit); see <see cref="HorizonToStore"/>.</summary>
    public DateTimeOffset? GrantsExpireBy { get; set; }

    /// <summary>
    /// The horizon to store (and then to set as <see cref="GrantsExpireBy"/>) before the next grant, or null while the current
    /// one still covers a lease granted now: moved <see cref="QuotaLedgerOptions.HorizonStep"/> ahead once less than half a
    /// step is left, so that its owner writes about once per step.
    /// </summary>
    public DateTimeOffset? HorizonToStore(DateTimeOffset now)
    {
        var step = _options.HorizonStep;
        return GrantsExpireBy is { } limit && limit >= now + _options.LeaseLifetime + (step / 2) ? null : now + _options.LeaseLifetime + step;
    }

    /// <summary>
    /// Counts the whole budget as granted in leases that expire at <paramref name="previousHorizon"/> (the
    /// <see cref="GrantsExpireBy"/> a lost ledger had stored): nothing is granted until they leave the window.
    /// </summary>
    public void AssumeBudgetSpent(DateTimeOffset previousHorizon) => Restore([new SpentPermits(previousHorizon, QueriesPerMinute)]);

    /// <summary>When permits of a lease that expires at <paramref name="expiresAt"/> stop counting in the window.</summary>
    public DateTimeOffset LeavesWindowAt(DateTimeOffset expiresAt) => expiresAt + Window + _options.ClockSkewAllowance;

    /// <summary>The permits still counted in the window, by lease expiry: what a successor needs to <see cref="Restore"/>.</summary>
    public IReadOnlyList<SpentPermits> Spent()
    {
        Advance(_time.GetUtcNow());
        return _grants.Where(g => g.Permits > 0).GroupBy(g => g.ExpiresAt).Select(g => new SpentPermits(g.Key, g.Sum(x => x.Permits))).ToList();
    }

    /// <summary>Counts permits granted by a predecessor (they cannot be returned here); call before any grant.</summary>
    public void Restore(IEnumerable<SpentPermits> spent)
    {
        foreach (var item in spent.Where(s => s.Permits > 0).OrderBy(s => s.ExpiresAt))
        {
            _grants.Enqueue(new GrantRecord(0, string.Empty, long.MinValue, item.ExpiresAt) { Permits = item.Permits });
            _inWindow += item.Permits;
        }

        Advance(_time.GetUtcNow());
    }

    /// <summary>The silos that currently hold a share of the budget.</summary>
    public IReadOnlyCollection<string> ActiveSilos
    {
        get
        {
            Advance(_time.GetUtcNow());
            return _silos.Keys.ToList();
        }
    }

    /// <summary>
    /// Grants <paramref name="siloId"/> permits for now: at most its fair share of this slice, never more than it
    /// wants, than the slice has left, or than the rolling window allows. May grant 0 (ask again at
    /// <see cref="Lease.NextRefillAt"/>).
    /// </summary>
    /// <param name="siloId">The asking silo (its address or name).</param>
    /// <param name="wanted">How many calls it expects to start before the next slice.</param>
    /// <param name="queued">How many callers wait on it now; its demand is at least this.</param>
    public Lease Grant(string siloId, int wanted, int queued)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siloId);
        ArgumentOutOfRangeException.ThrowIfNegative(wanted);
        ArgumentOutOfRangeException.ThrowIfNegative(queued);
        var now = _time.GetUtcNow();
        Advance(now);

        if (!_silos.TryGetValue(siloId, out var silo))
        {
            silo = new SiloDemand();
            _silos[siloId] = silo;
        }

        if (silo.Slice != _slice)
        {
            silo.Slice = _slice;
            silo.Granted = 0;
        }

        var demand = Math.Max(wanted, queued);
        silo.LastSeen = now;
        silo.LastWanted = demand;
        silo.Unmet = demand;

        var sliceBudget = SliceBudget(_slice);
        var usable = Math.Min(sliceBudget, _sliceGranted + QueriesPerMinute - _inWindow);
        var level = MaxMinFairness.Level(_silos.Values.Select(s => s.Demand(_slice)).ToList(), usable);
        var share = double.IsPositiveInfinity(level) ? demand : (int)Math.Ceiling(Math.Min(level, silo.Granted + demand)) - silo.Granted;
        var permits = Math.Max(0, Math.Min(Math.Min(share, demand), Math.Min(sliceBudget - _sliceGranted, QueriesPerMinute - _inWindow)));
        var nextSlice = new DateTimeOffset((_slice + 1) * _options.Slice.Ticks, TimeSpan.Zero);
        if (GrantsExpireBy is { } limit && now + _options.LeaseLifetime > limit)
        {
            permits = 0; // its owner has not stored a horizon that covers this lease
        }

        if (permits == 0)
        {
            return new Lease { LeaseId = 0, Permits = 0, ExpiresAt = now, NextRefillAt = nextSlice };
        }

        var grant = new GrantRecord(++_nextLeaseId, siloId, _slice, now + _options.LeaseLifetime) { Permits = permits };
        _grants.Enqueue(grant);
        _grantsById[grant.Id] = grant;
        _inWindow += permits;
        _sliceGranted += permits;
        silo.Granted += permits;
        silo.Unmet = demand - permits;
        return new Lease { LeaseId = grant.Id, Permits = permits, ExpiresAt = grant.ExpiresAt, NextRefillAt = nextSlice };
    }

    /// <summary>
    /// Gives back <paramref name="unused"/> permits of a lease that the silo will not use (it must not start calls
    /// on them afterwards). Unknown or long-expired leases are ignored.
    /// </summary>
    public void Return(string siloId, long leaseId, int unused)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unused);
        Advance(_time.GetUtcNow());
        if (unused == 0 || !_grantsById.TryGetValue(leaseId, out var grant) || grant.SiloId != siloId)
        {
            return;
        }

        var returned = Math.Min(unused, grant.Permits);
        grant.Permits -= returned;
        _inWindow -= returned;
        if (grant.Slice == _slice)
        {
            _sliceGranted -= returned;
            if (_silos.TryGetValue(siloId, out var silo) && silo.Slice == _slice)
            {
                silo.Granted -= returned;
            }
        }
    }

    /// <summary>Stops counting a silo's demand at once (it left the cluster); its granted permits still count in the window.</summary>
    public void Forget(string siloId) => _silos.Remove(siloId);

    private void Advance(DateTimeOffset now)
    {
        var slice = now.UtcTicks / _options.Slice.Ticks;
        if (slice != _slice)
        {
            _slice = slice;
            _sliceGranted = 0;
        }

        while (_grants.TryPeek(out var oldest) && LeavesWindowAt(oldest.ExpiresAt) <= now)
        {
            _grants.Dequeue();
            _grantsById.Remove(oldest.Id);
            _inWindow -= oldest.Permits;
        }

        foreach (var (id, silo) in _silos)
        {
            if (now - silo.LastSeen >= _options.SiloIdleAfter)
            {
                _silos.Remove(id);
            }
        }
    }

    private int SliceBudget(long slice)
    {
        var position = slice % _slicesPerWindow;
        return (int)((QueriesPerMinute * (position + 1) / _slicesPerWindow) - (QueriesPerMinute * position / _slicesPerWindow));
    }

    private sealed class GrantRecord(long id, string siloId, long slice, DateTimeOffset expiresAt)
    {
        public long Id { get; } = id;

        public string SiloId { get; } = siloId;

        public long Slice { get; } = slice;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public int Permits { get; set; }
    }

    private sealed class SiloDemand
    {
        public DateTimeOffset LastSeen { get; set; }

        public int LastWanted { get; set; }

        public long Slice { get; set; } = long.MinValue;

        public int Granted { get; set; }

        public int Unmet { get; set; }

        /// <summary>What the silo is taken to want of this slice in total (granted included).</summary>
        public int Demand(long slice) => Slice == slice ? Granted + Unmet : LastWanted;
    }
}
