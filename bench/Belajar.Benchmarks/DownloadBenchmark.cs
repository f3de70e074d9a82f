using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.LocalServices;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 6: "Unduh Akun" of a 1,000-account school under 32 concurrent clients while a provisioning run over other schools is in
/// progress. The real api on Kestrel on loopback (embedded profile: co-hosted silo, memory storage, in-process emulator); each
/// client signs in once as the school's operator and downloads the CSV again and again. Side by side, in turns within the same
/// run: the grain call the endpoint makes (<c>ISchoolGrain.GetCredentialsAsync</c>), same rows, same concurrency, without HTTP.
/// <c>BELAJAR_BENCH_DOWNLOAD_SECONDS</c> overrides the length of one turn (default 8 s; 1.5 s in smoke mode);
/// <c>BELAJAR_BENCH_DOWNLOAD_QPM</c> the cluster's Directory budget during the run (default 2,400 queries/min, the production
/// default, so that the run goes at the pace it has in production; 0 = unlimited, a run as fast as the CPU allows).
/// </summary>
public sealed class DownloadBenchmark : IBenchmark
{
    private const int Clients = 32;
    private const string Npsn = "69990001";
    private const string OperatorUser = "op.unduh.bench";
    private const string OperatorPassword = "Operator#Bench2026";

    public string Name => "download";

    public async Task RunAsync(BenchmarkContext context)
    {
        var accounts = context.Smoke ? 100 : 1_000;
        var turn = TimeSpan.FromSeconds(context.Smoke ? 1.5
            : double.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_DOWNLOAD_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 8);
        var turns = context.Smoke ? 1 : 2;
        var runLearners = context.Smoke ? 3_000 : 60_000;
        var total = Stopwatch.StartNew();
        var snapshot = await SnapshotAsync(runLearners);

        var queriesPerMinute = int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_DOWNLOAD_QPM"), out var q) ? q : 2_400;
        context.Output.WriteLine($"Directory budget during the run: {(queriesPerMinute == 0 ? "unlimited" : $"{queriesPerMinute:N0} queries/min")}");
        await using var host = await DownloadBenchHost.StartAsync(queriesPerMinute);
        var watch = Stopwatch.StartNew();
        await host.ProvisionSchoolAsync(Npsn, accounts);
        context.Report($"provision the school's {accounts:N0} accounts (grains + emulator), accounts/s", accounts / watch.Elapsed.TotalSeconds, "accounts/s");

        await host.AddOperatorAsync(OperatorUser, OperatorPassword, Npsn);
        // one after the other: parallel sign-ins of one user count as pending failures and would meet the lockout
        var operators = new HttpClient[Clients];
        for (var i = 0; i < Clients; i++)
        {
            operators[i] = await host.SignedInAsync(OperatorUser, OperatorPassword);
        }

        using var pusdatin = await host.SignedInAsync(DownloadBenchHost.PusdatinUser, DownloadBenchHost.PusdatinPassword);
        var url = $"api/v1/schools/{Npsn}/accounts?kind=peserta-didik&format=csv";

        watch.Restart();
        var firstBody = await operators[0].GetByteArrayAsync(url);
        var rows = CountLines(firstBody) - 1;
        context.Report($"first download (marks {rows:N0} created accounts distributed)", watch.Elapsed.TotalMilliseconds, "ms");
        if (rows != accounts)
        {
            throw new InvalidOperationException($"the CSV has {rows} rows, expected {accounts}");
        }

        var school = host.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(Npsn));
        Task<LoadResult> Http() => ClosedLoopLoad.RunAsync(Clients, turn, async client =>
        {
            using var response = await operators[client].GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            return response.IsSuccessStatusCode;
        });
        Task<LoadResult> Grain() => ClosedLoopLoad.RunAsync(Clients, turn, async _ =>
            (await school.GetCredentialsAsync(AccountKind.PesertaDidik, markDistributed: true)).Count == accounts);

        var idleHttp = await Http();
        var idleGrain = await Grain();
        Report(context, "idle silo", idleHttp, idleGrain, rows, firstBody.Length);

        var runId = await DownloadBenchHost.StartRunAsync(pusdatin, snapshot);

        // the run replaced the operators with those of its snapshot, which does not hold the measured school: back in
        await host.AddOperatorAsync(OperatorUser, OperatorPassword, Npsn);
        var atStart = await Poll.UntilAsync(
            () => DownloadBenchHost.RunStatusAsync(pusdatin, runId), r => r.AccountsCreated > 0 || r.State != RunState.Running,
            TimeSpan.FromMinutes(2), "the run to create its first accounts");
        var http = new List<LoadResult>();
        var grain = new List<LoadResult>();
        for (var i = 0; i < turns; i++)
        {
            http.Add(await Http());
            grain.Add(await Grain());
        }

        var atEnd = await DownloadBenchHost.RunStatusAsync(pusdatin, runId);
        Report(context, "during a provisioning run", LoadResult.Combine(http), LoadResult.Combine(grain), rows, firstBody.Length);
        context.Report($"run over other schools: accounts created while measured ({atStart.AccountsCreated:N0} → {atEnd.AccountsCreated:N0} of {atEnd.AccountsEligible:N0}, {atEnd.State} at the end)",
            atEnd.AccountsCreated - atStart.AccountsCreated, "accounts");
        foreach (var client in operators)
        {
            client.Dispose();
        }

        context.Report("benchmark wall time before shutting the host down", total.Elapsed.TotalSeconds, "s");
    }

    private static void Report(BenchmarkContext context, string condition, LoadResult http, LoadResult grain, int rows, int bytes)
    {
        context.Output.WriteLine($"{condition}: {rows:N0} rows ({bytes / 1024.0:N0} KiB of CSV), {Clients} concurrent clients, {http.Elapsed.TotalSeconds:N1} s + {grain.Elapsed.TotalSeconds:N1} s measured in turns; embedded profile (memory storage):");
        context.Report($"HTTP download: requests/s ({http.Calls:N0} requests, {http.Failures} failed)", http.PerSecond, "req/s");
        context.Report("HTTP download: p50", http.P50Ms, "ms");
        context.Report("HTTP download: p99 (target ≤ 50 ms)", http.P99Ms, "ms");
        context.Report("HTTP download: max", http.MaxMs, "ms");
        context.Report($"grain GetCredentialsAsync: calls/s ({grain.Calls:N0} calls, {grain.Failures} wrong)", grain.PerSecond, "calls/s");
        context.Report("grain GetCredentialsAsync: p50", grain.P50Ms, "ms");
        context.Report("grain GetCredentialsAsync: p99", grain.P99Ms, "ms");
        context.Report("grain calls/s ÷ HTTP requests/s", grain.PerSecond / http.PerSecond, "x");
        context.Report("HTTP p99 ÷ grain p99", http.P99Ms / grain.P99Ms, "x");
    }

    private static int CountLines(byte[] body) => body.AsSpan().Count("\r\n"u8);

    /// <summary>The other schools' snapshot (no invalid rows), generated once per size into the temp folder.</summary>
    private static async Task<string> SnapshotAsync(int learners)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"belajar-bench-download-run-{learners}-seed2");
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done))
        {
            return folder;
        }

        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        await SyntheticSnapshot.WriteAsync(folder, new SyntheticSnapshotOptions { Learners = learners, Seed = 2, Provinces = 3 });
        await File.WriteAllTextAsync(done, string.Empty);
        return folder;
    }
}
