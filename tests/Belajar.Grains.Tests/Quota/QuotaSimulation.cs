using Belajar.Grains.Quota;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Grains.Tests.Quota;

/// <summary>A silo of the simulation: asks once a second at <paramref name="PhaseTicks"/> × 100 ms, wants <paramref name="PerSecond"/> calls.</summary>
internal sealed record SimulatedSilo(string Id, int PerSecond, int PhaseTicks);

/// <summary>
/// Silos leasing from one <see cref="QuotaLedger"/> under a <see cref="FakeTimeProvider"/> in 100 ms ticks. Each
/// silo starts its calls at a random moment of its lease's life (so the worst case, just before expiry, occurs)
/// and returns what it did not use when the lease expires (if <c>returnsUnused</c>).
/// </summary>
internal sealed class QuotaSimulation(int quota, IReadOnlyList<SimulatedSilo> silos, bool returnsUnused)
{
    private static readonly TimeSpan _tick = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
    private readonly Random _random = new(5);
    private readonly List<(DateTimeOffset At, string Silo, int Count)> _started = [];
    private readonly List<(DateTimeOffset GrantedAt, Lease Lease)> _leases = [];

    public int TotalStarted => _started.Sum(s => s.Count);

    public int StartedBy(string silo) => _started.Where(s => s.Silo == silo).Sum(s => s.Count);

    public void Run(TimeSpan duration)
    {
        var ledger = new QuotaLedger(quota, _time, new QuotaLedgerOptions { Slice = TimeSpan.FromSeconds(1) });
        var open = new List<(string Silo, Lease Lease, int Unused)>();
        for (var tick = 0; tick < duration / _tick; tick++)
        {
            var now = _time.GetUtcNow();
            foreach (var expired in open.Where(o => o.Lease.ExpiresAt <= now).ToList())
            {
                open.Remove(expired);
                if (returnsUnused)
                {
                    ledger.Return(expired.Silo, expired.Lease.LeaseId, expired.Unused);
                }
            }

            foreach (var silo in silos.Where(s => tick % 10 == s.PhaseTicks))
            {
                var lease = ledger.Grant(silo.Id, silo.PerSecond, silo.PerSecond);
                if (lease.Permits == 0)
                {
                    continue;
                }

                _leases.Add((now, lease));
                var used = Math.Min(lease.Permits, silo.PerSecond);
                var at = now + ((lease.ExpiresAt - now - TimeSpan.FromTicks(1)) * _random.NextDouble());
                _started.Add((at, silo.Id, used));
                open.Add((silo.Id, lease, lease.Permits - used));
            }

            _time.Advance(_tick);
        }
    }

    /// <summary>The most calls started within any 60 s.</summary>
    public int MaxStartedInAnyMinute()
    {
        var sorted = _started.OrderBy(s => s.At).ToList();
        var max = 0;
        var sum = 0;
        var tail = 0;
        for (var head = 0; head < sorted.Count; head++)
        {
            sum += sorted[head].Count;
            while (sorted[head].At - sorted[tail].At >= QuotaLedger.Window)
            {
                sum -= sorted[tail].Count;
                tail++;
            }

            max = Math.Max(max, sum);
        }

        return max;
    }

    /// <summary>
    /// The most permits of leases usable within any 60 s window (granted before its end, expiring after its start).
    /// The sum only grows as a window's start moves back to just before some lease's expiry, so those starts suffice.
    /// </summary>
    public int MaxUsableInAnyMinute() =>
        _leases
            .Select(candidate => candidate.Lease.ExpiresAt - TimeSpan.FromTicks(1))
            .Select(t => _leases.Where(l => l.GrantedAt < t + QuotaLedger.Window && l.Lease.ExpiresAt > t).Sum(l => l.Lease.Permits))
            .DefaultIfEmpty()
            .Max();
}
