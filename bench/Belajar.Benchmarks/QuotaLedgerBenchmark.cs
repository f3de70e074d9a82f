using System.Diagnostics;
using Belajar.Grains.Quota;

namespace Belajar.Benchmarks;

/// <summary>
/// <c>quota-ledger</c>: three silos share a 2,400 queries/min Directory budget for 10 simulated minutes (1 with
/// --smoke): one busy (bulk provisioning, wants 1,000/s), one light (sync, 10/s), one idle. Reports the budget
/// used and the most calls in any 60 s with <see cref="QuotaLedger"/> (its default slices, and 1 s slices), next to a static
/// split (each silo paced at a third of the budget), and what one <see cref="QuotaLedger.Grant"/> costs.
/// </summary>
public sealed class QuotaLedgerBenchmark : IBenchmark
{
    private const int Quota = 2400;
    private static readonly (string Id, int PerSecond, int Phase)[] _silos = [("busy", 1000, 0), ("light", 10, 3), ("idle", 0, 6)];

    public string Name => "quota-ledger";

    public Task RunAsync(BenchmarkContext context)
    {
        var minutes = context.Smoke ? 1 : 10;
        var oneSecond = new QuotaLedgerOptions { Slice = TimeSpan.FromSeconds(1) };
        var (ledgerStarted, ledgerMax) = Simulate(minutes, new QuotaLedgerOptions());
        var (secondStarted, secondMax) = Simulate(minutes, oneSecond);
        var (staticStarted, staticMax) = Simulate(minutes, null);
        var budget = (double)Quota * minutes;

        context.Output.WriteLine($"| what ({minutes} simulated min, quota {Quota:N0}/min, silos busy 1000/s, light 10/s, idle) | value |");
        context.Output.WriteLine("|---|---|");
        context.Report($"budget used, ledger ({new QuotaLedgerOptions().Slice.TotalMilliseconds:N0} ms slices, the default)", 100 * ledgerStarted / budget, "%");
        context.Report("budget used, ledger with 1 s slices", 100 * secondStarted / budget, "%");
        context.Report("budget used, static split (quota / 3 per silo)", 100 * staticStarted / budget, "%");
        context.Report("ledger / static split, calls started", (double)ledgerStarted / staticStarted, "x");
        context.Report("ledger, default slices / 1 s slices, calls started", (double)ledgerStarted / secondStarted, "x");
        context.Output.WriteLine($"| most calls in any 60 s, ledger (must be <= {Quota:N0}) | {ledgerMax:N0} |");
        context.Output.WriteLine($"| most calls in any 60 s, ledger with 1 s slices | {secondMax:N0} |");
        context.Output.WriteLine($"| most calls in any 60 s, static split | {staticMax:N0} |");
        context.Report("one Grant call (3 silos)", MeasureGrant(context.Smoke ? 100_000 : 2_000_000), "ns");
        return Task.CompletedTask;
    }

    // Ticks of 50 ms; each silo with demand asks once a slice (at its own phase in the slice), as a silo's lease loop does.
    // options null: the static split instead of a ledger.
    private static (long Started, int MaxPerMinute) Simulate(int minutes, QuotaLedgerOptions? options)
    {
        const int TicksPerSecond = 20;
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        var ledger = new QuotaLedger(Quota, clock, options);
        var tick = TimeSpan.FromSeconds(1.0 / TicksPerSecond);
        var ticksPerSlice = options is null ? TicksPerSecond : (int)(options.Slice / tick);
        var owed = new double[_silos.Length];
        var perSecond = new List<int>();
        var open = new List<(string Silo, Lease Lease, int Unused)>();
        var second = 0;
        for (var t = 0; t < minutes * 60 * TicksPerSecond; t++)
        {
            var now = clock.GetUtcNow();
            foreach (var expired in open.Where(o => o.Lease.ExpiresAt <= now).ToList())
            {
                open.Remove(expired);
                ledger.Return(expired.Silo, expired.Lease.LeaseId, expired.Unused);
            }

            for (var i = 0; i < _silos.Length; i++)
            {
                var (id, perSecondWanted, phase) = _silos[i];
                if (t % ticksPerSlice != phase % ticksPerSlice)
                {
                    continue;
                }

                if (options is null)
                {
                    second += Math.Min(StaticShare(t / TicksPerSecond), perSecondWanted);
                    continue;
                }

                owed[i] += perSecondWanted * (double)ticksPerSlice / TicksPerSecond;
                var want = (int)owed[i];
                var lease = ledger.Grant(id, want, want);
                var used = Math.Min(lease.Permits, want);
                owed[i] -= used;
                second += used;
                if (lease.Permits > 0)
                {
                    open.Add((id, lease, lease.Permits - used));
                }
            }

            if (t % TicksPerSecond == TicksPerSecond - 1)
            {
                perSecond.Add(second);
                second = 0;
            }

            clock.Advance(tick);
        }

        var max = 0;
        for (var start = 0; start + 60 <= perSecond.Count; start++)
        {
            max = Math.Max(max, perSecond.Skip(start).Take(60).Sum());
        }

        return (perSecond.Sum(), max);
    }

    /// <summary>Static split: each of the 3 silos may start a third of the per-second budget (rounded per second so a minute sums to a third).</summary>
    private static int StaticShare(int second) => (Quota / 3 * ((second % 60) + 1) / 60) - (Quota / 3 * (second % 60) / 60);

    private static double MeasureGrant(int calls)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        var ledger = new QuotaLedger(Quota, clock);
        var ids = _silos.Select(s => s.Id).ToArray();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            var lease = ledger.Grant(ids[i % 3], 50, 10);
            if (lease.Permits > 0)
            {
                ledger.Return(ids[i % 3], lease.LeaseId, lease.Permits);
            }

            if (i % 3 == 2)
            {
                clock.Advance(TimeSpan.FromMilliseconds(1));
            }
        }

        return watch.Elapsed.TotalNanoseconds / calls;
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
