using System.Globalization;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Domain;
using Belajar.Grains.Accounts;

namespace Belajar.Benchmarks;

/// <summary>
/// Google calls per account over a whole programme, for each way of syncing side by side in one run. Every variant is one silo
/// of the real grains (embedded profile) with an emulator of its own, all on one simulated clock: the same schools are provisioned
/// (one <c>users.insert</c> per account), each operator downloads every account, then the clock moves in steps through the
/// activation weeks (the same people sign in at the emulator at the same moments in every variant: ~40 % never, most of the
/// rest in the first weeks, a long tail until the deadline), through each account's own deadline check and on past it. The
/// reminders (the schools' <c>sync</c>, the accounts' <c>deadline</c>) fire from Orleans' reminder service on that clock; the
/// benchmark calls no sync and no check. Calls are the emulator's counts by method (<c>GET /emulator/stats</c>). Variants:
/// today's fixed period forever, the settled school's stop alone, the adaptive period alone, both, and both with the school's
/// sync just after the deadline (<c>Lifecycle:SyncAfterDeadline</c>, the defaults), and the defaults with sign-ins found from the
/// login activities (<c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>: no periodic listing, one domain-wide read every hour
/// of the programme, whose <c>activities.list</c> calls are shown apart: the Reports API's quota, and a count that grows with
/// time, not with accounts); only the last two have the sync after the deadline.
/// The clock moves 5 minutes a step (<c>BELAJAR_BENCH_PROGRAMME_STEP</c>, minutes; less than every reminder's period, so that a
/// step passes at most one tick of each) and only when the silos are at rest (<see cref="HeldClock"/>): every tick due so far
/// has fired and returned, every deadline check a tick started has ended, and every tick due in the next step is armed by the
/// reminder service, which keeps every reminder loaded (<see cref="ProgrammeVariant.KeepLoaded"/>); the clock jumps from step to
/// step (<see cref="ProgrammeClock"/>). The run fails unless exactly the never-used accounts end suspended. <c>BELAJAR_BENCH_PROGRAMME_DAYS</c>
/// overrides the days to the deadline (default 180; smoke 18).
/// Time runs 6 times faster than the programme's (<c>BELAJAR_BENCH_PROGRAMME_SCALE</c>): the sync periods (6 h and 14 days
/// become 1 h and 56 h), the deadline's spread (<c>Lifecycle:DeactivationWindow</c>, 30 minutes) and how old a sync's read may
/// be for the check to reuse it (<c>Lifecycle:DeadlineStatusMaxAge</c>, 1 hour), the sync after the deadline
/// (<c>Lifecycle:DeadlineSyncDelay</c>, 1 minute), the days to the deadline, the days played
/// after it and every sign-in's time are divided by the scale, because a simulated day costs real time. The calls do not depend
/// on the unit of time: the cadence's rules are ratios (double, halve to the shortest, half the time left), and so is whether a
/// check finds a sync's read fresh; the deadline reminder's fixed 15-minute period only decides when a check runs.
/// </summary>
public sealed class ProgrammeBenchmark : IBenchmark
{
    private const double NeverShare = 0.40;

    public string Name => "programme";

    public async Task RunAsync(BenchmarkContext context)
    {
        if (!context.Smoke)
        {
            await PlayAsync(context);
            return;
        }

        // In the smoke a call of the set-up that does not answer within 2 minutes ends that attempt, and a second attempt on
        // fresh silos must pass (docs/benchmarks.md#programme; a silo that lost its national region grain at start-up is
        // started again by ProgrammeVariant.StartAsync first). A stall while playing still fails.
        ProgrammeVariant.ResponseTimeout = TimeSpan.FromMinutes(2);
        try
        {
            await PlayAsync(context);
        }
        catch (SetUpStalledException stalled)
        {
            Console.Error.WriteLine($"programme: {stalled.Message}; trying once more on fresh silos");
            await PlayAsync(context);
        }
    }

    private sealed class SetUpStalledException(TimeoutException inner)
        : Exception($"the set-up stalled before the clock moved ({inner.Message.Split('\n')[0]})", inner);

    private static async Task PlayAsync(BenchmarkContext context)
    {
        var smoke = context.Smoke;
        var sizes = smoke ? new[] { 12, 25 } : [60, 120, 180, 240, 300, 360, 420, 600];
        var days = Env("BELAJAR_BENCH_PROGRAMME_DAYS", smoke ? 18 : 180);
        var scale = Env("BELAJAR_BENCH_PROGRAMME_SCALE", 6); // the programme's time runs this many times faster (see the summary)
        TimeSpan Scaled(TimeSpan t) => t / scale;
        var programme = Scaled(TimeSpan.FromDays(days));
        var after = Scaled(TimeSpan.FromDays(smoke ? 2 : 14));
        var step = TimeSpan.FromMinutes(Env("BELAJAR_BENCH_PROGRAMME_STEP", 5));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var clock = ProgrammeVariant.Clock;
        var start = clock.GetUtcNow();
        var deadline = start + programme;
        var end = deadline + after;
        var syncPeriod = Scaled(TimeSpan.FromHours(6));
        var shortest = syncPeriod.ToString("c", CultureInfo.InvariantCulture);
        string ScaledSetting(TimeSpan t) => Scaled(t).ToString("c", CultureInfo.InvariantCulture);
        var common = new Dictionary<string, string>
        {
            ["Lifecycle:SyncPeriod"] = shortest,
            ["Lifecycle:DeactivationWindow"] = ScaledSetting(TimeSpan.FromMinutes(30)),
            ["Lifecycle:DeadlineStatusMaxAge"] = ScaledSetting(TimeSpan.FromHours(1)),
            ["Lifecycle:SyncAfterDeadline"] = "false", // on in the defaults only
            ["Lifecycle:DeadlineSyncDelay"] = ScaledSetting(TimeSpan.FromMinutes(1)),
        };
        var fixedPeriod = new Dictionary<string, string>(common) { ["Lifecycle:SyncMaxPeriod"] = shortest };
        var adaptive = new Dictionary<string, string>(common) { ["Lifecycle:SyncMaxPeriod"] = ScaledSetting(TimeSpan.FromDays(14)) };
        var variants = new List<ProgrammeVariant>
        {
            new("today: fixed period, forever", With(fixedPeriod, stops: false)),
            new("stops when settled", With(fixedPeriod, stops: true)),
            new("adaptive period", With(adaptive, stops: false)),
            new("both", With(adaptive, stops: true)),
            new("both + sync after the deadline (defaults)", new Dictionary<string, string>(With(adaptive, stops: true)) { ["Lifecycle:SyncAfterDeadline"] = "true" }),
            new("defaults + sign-ins from the login activities", new Dictionary<string, string>(With(adaptive, stops: true))
            {
                ["Lifecycle:SyncAfterDeadline"] = "true",
                ["Lifecycle:SignInDiscovery"] = "Activities",
                ["Lifecycle:SignInDiscoveryPeriod"] = ScaledSetting(TimeSpan.FromHours(1)),
                ["Lifecycle:SignInDiscoveryOverlap"] = "00:00:00", // the emulator's activities carry real time, hours of the programme's a second
            }),
        };
        // BELAJAR_BENCH_PROGRAMME_FROM: play only the variants from this one on (0: all); the fixed period's check needs the first
        var from = Env("BELAJAR_BENCH_PROGRAMME_FROM", 0);
        foreach (var skipped in variants.Take(from).ToList())
        {
            variants.Remove(skipped);
            await skipped.DisposeAsync();
        }

        ReminderActivity? activity = null;
        try
        {
            await Task.WhenAll(variants.Select(v => v.StartAsync(deadline)));
            var silos = variants.Select(v => v.Silo).ToList();
            if (silos.Select(s => s.Address).Distinct().Count() != silos.Count)
            {
                throw new InvalidOperationException("The variants' silos share an address: the reminder events cannot tell them apart.");
            }

            using var expired = new ReminderTickCounter();
            activity = new ReminderActivity(clock, silos.Select(s => s.Address), new HashSet<string>(StringComparer.Ordinal) { "deadline" });
            var held = new HeldClock(clock, silos, activity);
            await Task.WhenAll(variants.Select(v => v.StartSignInDiscoveryAsync()));
            var schools = sizes.Select((size, n) => School(n, size)).ToList();
            try
            {
                await Task.WhenAll(variants.Select(v => v.ProvisionAsync(schools)));
            }
            catch (TimeoutException timeout)
            {
                throw new SetUpStalledException(timeout);
            }
            var accounts = schools.Sum(s => s.Specs.Count);
            var signIns = ActivationCurve(schools.SelectMany(s => s.Specs).Select(s => s.AccountKey), TimeSpan.FromDays(days), new Random(20))
                .Select(s => (s.AccountKey, At: Scaled(s.At))).ToList();
            var provisioned = variants.Select(v => v.Calls).ToList();
            var setUp = watch.Elapsed;

            using var http = new HttpClient();
            var next = 0;
            var reported = -1L;
            List<Dictionary<string, long>>? atDeadline = null, dayAfter = null;
            while (held.Now < end)
            {
                var now = held.Now;
                for (; next < signIns.Count && start + signIns[next].At <= now; next++)
                {
                    foreach (var variant in variants)
                    {
                        await variant.SignInAsync(http, signIns[next].AccountKey);
                    }
                }

                if ((now - start).Ticks / Scaled(TimeSpan.FromDays(30)).Ticks is var month && month > reported)
                {
                    reported = month;
                    Console.Error.WriteLine($"programme: day {(now - start).TotalDays * scale:N0} after {watch.Elapsed.TotalSeconds:N0} s");
                }

                if ((atDeadline is null && now >= deadline) || (dayAfter is null && now >= deadline + Scaled(TimeSpan.FromDays(1))))
                {
                    await held.SettleAsync(); // the calls of the ticks due so far, all made
                    atDeadline ??= variants.Select(v => v.Calls).ToList();
                    dayAfter ??= now >= deadline + Scaled(TimeSpan.FromDays(1)) ? variants.Select(v => v.Calls).ToList() : null;
                }

                await held.StepAsync(Min(start + step * ((now - start).Ticks / step.Ticks + 1), end)); // the next 5-minute mark
            }

            await held.SettleAsync();
            var played = watch.Elapsed - setUp;
            var final = variants.Select(v => v.Calls).ToList();
            var implied = schools.Sum(s => FixedPeriodLists(s.School.Npsn, s.Specs.Count, start, end, syncPeriod));
            context.Output.WriteLine($"{schools.Count} schools ({string.Join(", ", sizes)} learners; {accounts:N0} accounts), {signIns.Count:N0} sign in ({(double)signIns.Count / accounts:P0}), deadline on day {days}, played to day {(end - start).TotalDays * scale:N0}; time 1:{scale} (sync period {syncPeriod}), {step.TotalMinutes:N0}-minute steps ({setUp.TotalSeconds:N0} s to start and provision the {variants.Count}, {played.TotalSeconds:N0} s to play); a fixed period lists {implied:N0} times (pages of {PageSize})");
            var ticks = silos.Select(s => activity.Read(s.Address, r => (r.Fired, r.Completed, r.Failed))).ToList();
            context.Output.WriteLine($"held clock: {held.Steps:N0} steps, {held.LoadWaits:N0} of them waited for a due tick to be loaded; reminder ticks fired / returned / failed: {string.Join(", ", variants.Select((v, i) => $"{v.Name} {ticks[i].Fired:N0} / {ticks[i].Completed:N0} / {ticks[i].Failed:N0}"))}; messages expired: {expired.Expired:N0}");
            context.Output.WriteLine($"| variant | insert | list | get | patch | other | **calls / account** | list: to deadline | list: after | ratio to {(from == 0 ? "today" : "the first")} | activities.list (Reports quota) |");
            context.Output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
            var today = Total(final[0]);
            for (var i = 0; i < variants.Count; i++)
            {
                var c = final[i];
                long Of(string m) => c.GetValueOrDefault(m);
                var other = Total(c) - Of("users.insert") - Of("users.list") - Of("users.get") - Of("users.patch");
                double PerAccount(double n) => n / accounts;
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {variants[i].Name} | {PerAccount(Of("users.insert")):N3} | {PerAccount(Of("users.list")):N3} | {PerAccount(Of("users.get")):N3} | {PerAccount(Of("users.patch")):N3} | {PerAccount(other):N3} | **{PerAccount(Total(c)):N3}** | {atDeadline![i].GetValueOrDefault("users.list") - provisioned[i].GetValueOrDefault("users.list"):N0} | {Of("users.list") - dayAfter![i].GetValueOrDefault("users.list"):N0} | {(double)Total(c) / today:N3} | {Of("activities.list"):N0} |"));
            }

            for (var i = 0; i < variants.Count; i++)
            {
                context.Report($"{variants[i].Name}: Google calls per account over the programme", (double)Total(final[i]) / accounts, "calls");
            }

            var todayLists = final[0].GetValueOrDefault("users.list") - provisioned[0].GetValueOrDefault("users.list");
            if (from == 0 && todayLists != implied)
            {
                throw new InvalidOperationException($"{variants[0].Name}: {todayLists} users.list while playing, expected {implied}: the reminder service lost or added ticks.");
            }

            var never = accounts - signIns.Count;
            foreach (var variant in variants)
            {
                var (suspended, used) = variant.Suspensions();
                if (used != 0 || suspended != never)
                {
                    throw new InvalidOperationException($"{variant.Name}: {suspended} users suspended ({used} of them used), expected the {never} never used.");
                }
            }
        }
        finally
        {
            activity?.Dispose();
            foreach (var variant in variants)
            {
                await variant.DisposeAsync();
            }
        }
    }

    private static readonly int PageSize = new Belajar.Directory.DirectoryOptions().PageSize;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>
    /// The <c>users.list</c> calls a school makes from <paramref name="start"/> to <paramref name="end"/> with a fixed period: its
    /// reminder, registered at the start, fires 1 minute plus the school's own offset later (<c>SchoolGrain</c>), then every
    /// period; each sync reads one page per <see cref="PageSize"/> users.
    /// </summary>
    private static long FixedPeriodLists(string npsn, int users, DateTimeOffset start, DateTimeOffset end, TimeSpan period)
    {
        var first = start + TimeSpan.FromMinutes(1) + Belajar.Grains.Lifecycle.StableSpread.Offset(npsn, period);
        var syncs = first > end ? 0 : ((end - first).Ticks / period.Ticks) + 1;
        return syncs * ((users + PageSize - 1) / PageSize);
    }

    private static int Env(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static Dictionary<string, string> With(Dictionary<string, string> settings, bool stops) =>
        new(settings) { ["Lifecycle:SyncStopsWhenSettled"] = stops ? "true" : "false" };

    /// <summary>Directory calls (the Reports API's <c>activities.list</c> has a quota of its own).</summary>
    private static long Total(Dictionary<string, long> calls) => calls.Where(c => c.Key != "activities.list").Sum(c => c.Value);

    /// <summary>
    /// When each person first signs in, after provisioning: 40 % never; of the rest three in four within the first weeks
    /// (exponential, mean 10 days), one in four any time up to a day before the deadline (the long tail).
    /// </summary>
    private static List<(string AccountKey, TimeSpan At)> ActivationCurve(IEnumerable<string> keys, TimeSpan programme, Random random)
    {
        var list = new List<(string, TimeSpan)>();
        foreach (var key in keys)
        {
            if (random.NextDouble() < NeverShare)
            {
                continue;
            }

            var at = random.NextDouble() < 0.75
                ? TimeSpan.FromDays(-Math.Log(1 - random.NextDouble()) * 10)
                : TimeSpan.FromDays(random.NextDouble() * (programme.TotalDays - 1));
            if (at < programme - TimeSpan.FromDays(1))
            {
                list.Add((key, at + TimeSpan.FromMinutes(1)));
            }
        }

        return list.OrderBy(s => s.Item2).ToList();
    }

    private static (SchoolInfo School, List<AccountSpec> Specs) School(int n, int learners)
    {
        var npsn = $"{72000000 + n}";
        var school = new SchoolInfo(npsn, $"SD Negeri {n + 1} Program", 5, $"{20 + n:D2}0101", "Kec. Program", $"Kab. Program {n}", "Prov. Program");
        var orgUnit = OrgUnitPaths.For(school.Provinsi, school.KabupatenKota, npsn);
        var names = new SyntheticNames(n);
        var specs = Enumerable.Range(0, learners)
            .Select(i => new AccountSpec($"pd-{npsn}{i:D4}", AccountRole.PesertaDidik, Jenjang.SD, npsn, $"{npsn}{i:D4}", names.Next(), null, 1 + (i % 6), $"{1 + (i % 6)}A", orgUnit))
            .ToList();
        return (school, specs);
    }
}
