using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Belajar.LocalServices;
using Xunit.Abstractions;

namespace Belajar.Integration.Tests;

/// <summary>
/// The cluster quota across the loss of the silo that holds it: <c>deploy/local-cluster.sh</c> with three silos, a run at the
/// full Directory quota, the quota grain's silo killed with SIGKILL. The emulator's own per-second record (<c>GET
/// /emulator/stats</c>, <c>perSecond</c>) is the judge: no 60 s holds more calls than the budget, none is throttled, and the
/// new activation starts nothing until the lost one's grants have left the window.
/// </summary>
[Collection(LocalClusterCollection.Name)]
public sealed partial class LocalClusterQuotaTests(ITestOutputHelper output)
{
    private const int Budget = 600; // 10 calls a second: the run below is quota-bound for about three minutes
    private const string Emulator = "http://127.0.0.1:5090";

    [Fact]
    public async Task Killing_the_silo_that_holds_the_quota_at_full_quota_never_lets_60_s_exceed_the_budget()
    {
        Assert.Empty(LocalCluster.BusyPorts());
        await using (var cluster = new LocalCluster(new Dictionary<string, string>
        {
            ["Identity__MinimumHashCost"] = "4",
            ["Directory__QueriesPerMinute"] = $"{Budget}", // the cluster's budget and the emulator's quota
        }))
        {
            await cluster.GenerateAsync("gen", learners: 900, seed: 116);
            output.WriteLine(await cluster.ScriptAsync(TimeSpan.FromMinutes(4), "up", "--silos", "3", "--apis", "1", "--snapshot-root", cluster.SnapshotRoot));
            using var proxy = new HttpClient { BaseAddress = new Uri("http://localhost:5080"), Timeout = TimeSpan.FromSeconds(30) };
            proxy.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(proxy, cluster.PusdatinPassword));
            using var started = await proxy.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = "gen", dryRun = false });
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString();

            // full quota: the emulator counted at least 90% of the budget in the last 60 s
            await Poll.UntilAsync(SecondsAsync, s => LastMinute(s, DateTimeOffset.UtcNow) >= Budget * 9 / 10, TimeSpan.FromMinutes(3),
                "the run to reach the full quota");
            var host = Assert.Single(cluster.QuotaActivations()).Silo;
            var atKill = Created(await RunAsync(proxy, runId));
            await cluster.ScriptAsync(TimeSpan.FromSeconds(30), "kill-silo", $"{host}");
            var killedAt = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            output.WriteLine($"killed silo-{host} (the quota's) at {killedAt:HH:mm:ss.fff}, {atKill} accounts, "
                + $"{LastMinute(await SecondsAsync(), killedAt)} calls in the last 60 s");

            // the quota's new activation: the surviving silos' lease calls reach it once the cluster has declared the silo dead
            await Poll.UntilAsync(() => Task.FromResult(cluster.QuotaActivations()), a => a.Any(x => x.Silo != host), TimeSpan.FromMinutes(2),
                "a new activation of the quota grain on a surviving silo");
            var reactivated = clock.Elapsed;
            var done = await Poll.UntilAsync(() => RunAsync(proxy, runId), r => State(r) is "Completed" or "Failed", TimeSpan.FromMinutes(5),
                () => $"the run to complete after the kill; {string.Join('\n', cluster.QuotaActivations())}");
            var completed = clock.Elapsed;
            var seconds = await SecondsAsync();

            var successor = Assert.Single(cluster.QuotaActivations(), a => a.Line.Contains("after the loss", StringComparison.Ordinal));
            Assert.NotEqual(host, successor.Silo);
            var resumes = DateTimeOffset.Parse(ResumesAt().Match(successor.Line).Groups[1].Value, CultureInfo.InvariantCulture);
            var firstAfter = seconds.First(s => s.At >= killedAt.AddSeconds(2)).At; // leases granted before the kill end within 1.25 s
            var (windowStart, mostInAWindow) = MostInAnyWindow(seconds);
            output.WriteLine($"new activation on silo-{successor.Silo} {reactivated.TotalSeconds:N1} s after the kill: no call until {resumes:HH:mm:ss.fff}; the emulator's first call after the kill "
                + $"at {firstAfter:HH:mm:ss} ({(firstAfter - killedAt).TotalSeconds:N1} s after it); run completed {completed.TotalSeconds:N1} s "
                + $"after the kill; most calls in a 60 s: {mostInAWindow} from {windowStart:HH:mm:ss}; {done}");

            Assert.True(mostInAWindow <= Budget, $"{mostInAWindow} calls in the 60 s from {windowStart:HH:mm:ss}: more than the budget of {Budget}");
            Assert.Equal(0, seconds.Sum(s => s.Throttled));
            // the new activation did not trust an empty window: nothing started from the lost leases' end until the window let go
            Assert.True(firstAfter >= resumes.AddSeconds(-1), $"a call at {firstAfter:HH:mm:ss}, before the lost grants left the window at {resumes:HH:mm:ss.fff}");
            Assert.Equal("Completed", State(done));
            Assert.Equal(0, done.GetProperty("accountsFailed").GetInt32());
            Assert.Equal(done.GetProperty("accountsEligible").GetInt32(), Created(done) + done.GetProperty("accountsSkipped").GetInt32());
            Assert.True(atKill < Created(done), "the kill came after the run's end: it proves nothing");
        }

        Assert.Empty(LocalCluster.BusyPorts());
    }

    /// <summary>The 60 s (of whole seconds) with the most calls, and its count.</summary>
    private static (DateTimeOffset Start, long Calls) MostInAnyWindow(IReadOnlyList<Tick> seconds) =>
        seconds.Select(s => (s.At, seconds.Where(o => o.At >= s.At && o.At < s.At.AddSeconds(60)).Sum(o => o.Calls)))
            .MaxBy(w => w.Item2);

    private static long LastMinute(IReadOnlyList<Tick> seconds, DateTimeOffset now) =>
        seconds.Where(s => s.At > now.AddSeconds(-61) && s.At <= now).Sum(s => s.Calls);

    private static async Task<IReadOnlyList<Tick>> SecondsAsync()
    {
        using var emulator = new HttpClient { BaseAddress = new Uri(Emulator) };
        var stats = await emulator.GetFromJsonAsync<JsonElement>("/emulator/stats");
        return stats.GetProperty("perSecond").EnumerateArray().Select(s => new Tick(
            DateTimeOffset.Parse(s.GetProperty("second").GetString()!, CultureInfo.InvariantCulture),
            s.GetProperty("calls").GetInt64(),
            s.GetProperty("throttled").GetInt64())).ToList();
    }

    private static async Task<string> TokenAsync(HttpClient http, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username = "pusdatin", password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> RunAsync(HttpClient proxy, string? runId) =>
        await proxy.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}");

    private static int Created(JsonElement run) => run.GetProperty("accountsCreated").GetInt32();

    private static string? State(JsonElement run) => run.GetProperty("state").GetString();

    [GeneratedRegex(@"no Directory call starts until (\S+)")]
    private static partial Regex ResumesAt();

    private sealed record Tick(DateTimeOffset At, long Calls, long Throttled);
}
