using Belajar.Domain;
using System.Diagnostics;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;

namespace Belajar.Benchmarks;

/// <summary>
/// <c>username-candidates</c>: gives N synthetic learners (1,000,000; 10,000 with --smoke; or
/// <c>BELAJAR_BENCH_LEARNERS</c>) addresses by
/// claiming <see cref="UsernameRules.Candidates"/> in a HashSet (what <c>UsernameGrain</c> does cluster-wide)
/// and reports the candidates tried per account, next to the sequential probing it replaces
/// (<c>name1</c>, <c>name2</c>, …: the k-th person of a name tries k candidates).
/// </summary>
public sealed class UsernameCandidatesBenchmark : IBenchmark
{
    private static readonly (Jenjang Jenjang, double Share)[] _learnersByJenjang =
        [(Jenjang.SD, 0.45), (Jenjang.SMP, 0.25), (Jenjang.SMA, 0.14), (Jenjang.SMK, 0.14), (Jenjang.SLB, 0.02)];

    public string Name => "username-candidates";

    public Task RunAsync(BenchmarkContext context)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_LEARNERS"), out var n) && n > 0
            ? n
            : context.Smoke ? 10_000 : 1_000_000;
        var domains = new AccountDomains(new AccountDomainOptions());
        var names = new SyntheticNames(seed: 2020);
        var random = new Random(37);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        long tried = 0;
        var max = 0;
        var retried = 0;
        var histogram = new int[UsernameRules.MaxCandidates + 1];
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < count; i++)
        {
            var name = names.Next();
            var domain = domains.DomainFor(AccountRole.PesertaDidik, PickJenjang(random));
            var attempts = 0;
            foreach (var candidate in UsernameRules.Candidates(name, $"pd-{i:D10}", domain))
            {
                attempts++;
                if (claimed.Add(candidate))
                {
                    break;
                }
            }

            var group = UsernameRules.BaseOf(name) + "@" + domain;
            groups[group] = groups.GetValueOrDefault(group) + 1;
            tried += attempts;
            max = Math.Max(max, attempts);
            histogram[attempts]++;
            retried += attempts > 1 ? 1 : 0;
        }

        clock.Stop();
        var mean = (double)tried / count;
        var sequentialMean = groups.Values.Sum(n => (double)n * (n + 1) / 2) / count;
        var largest = groups.MaxBy(g => g.Value);

        context.Output.WriteLine($"| what ({count:N0} learners, first candidate {UsernameRules.FirstDigits} digits) | value |");
        context.Output.WriteLine("|---|---|");
        context.Output.WriteLine($"| candidates tried per account, mean (spread) | {mean:F4} |");
        context.Output.WriteLine($"| candidates tried per account, max (spread) | {max} |");
        context.Report("accounts needing a second candidate", 100.0 * retried / count, "%");
        context.Report("candidates tried per account, mean (sequential name1, name2, ...)", sequentialMean, "");
        context.Report("sequential / spread, mean candidates", sequentialMean / mean, "x");
        context.Output.WriteLine($"| distinct name bases per domain | {groups.Count:N0} |");
        context.Output.WriteLine($"| largest group | {largest.Key}: {largest.Value:N0} learners |");
        context.Output.WriteLine($"| tries histogram | {string.Join(", ", histogram.Select((n, k) => (n, k)).Where(x => x.n > 0).Select(x => $"{x.k}: {x.n:N0}"))} |");
        context.Report("time per account (names, candidates, claims)", clock.Elapsed.TotalMicroseconds / count, "µs");
        return Task.CompletedTask;
    }

    private static Jenjang PickJenjang(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (jenjang, share) in _learnersByJenjang)
        {
            roll -= share;
            if (roll < 0)
            {
                return jenjang;
            }
        }

        return Jenjang.SD;
    }
}
