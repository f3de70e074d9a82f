using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 7: the deadline sweep of unused accounts against the emulator's quota. One silo (embedded profile), the cluster's
/// limiter and the emulator both at 6,000 queries/min; N created, never-used accounts seeded (<see cref="CreatedAccountSeeder"/>:
/// no quota spent), then the deadline moved into the past and every
/// account's check fired at once (as their reminders would). Each check is a read and a suspend: quota used / quota over the
/// sweep. <c>BELAJAR_BENCH_SWEEP</c> overrides N (default 100,000: ~33 minutes of quota; smoke 100).
/// </summary>
public sealed class DeadlineSweepBenchmark : IBenchmark
{
    private const int QueriesPerMinute = 6_000;
    private const int AccountsPerSchool = 1_000;

    public string Name => "deadline-sweep";

    public async Task RunAsync(BenchmarkContext context)
    {
        var accounts = context.Smoke ? 100
            : int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_SWEEP"), out var n) ? n : 100_000;
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0, QueriesPerMinute = QueriesPerMinute });
        var builder = BelajarTestCluster.CreateBuilder(null, silos: 1);
        builder.UseDirectoryEmulator(emulator);
        builder.Properties["Directory:QueriesPerMinute"] = QueriesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Properties["Secrets:PasswordKeys:bench"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "bench";
        builder.Properties["Lifecycle:ActivationDeadline"] = DateTimeOffset.UtcNow.AddDays(30).ToString("O");
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var services = ((InProcessSiloHandle)cluster.Silos[0]).SiloHost!.Services;
            var (keys, seedRate) = await CreatedAccountSeeder.SeedAsync(services, emulator, accounts, AccountsPerSchool, DateTimeOffset.UtcNow.AddDays(-200));
            context.Report("seeding created accounts (state + emulator user, no quota)", seedRate, "accounts/s");
            var options = services.GetRequiredService<IOptions<LifecycleOptions>>().Value;
            options.ActivationDeadline = DateTimeOffset.UtcNow.AddDays(-1);
            options.MinimumGracePeriod = TimeSpan.Zero;
            options.DeactivationWindow = TimeSpan.Zero;

            var callsBefore = emulator.Stats.Calls;
            var throttledBefore = emulator.Stats.Throttled;
            var stopwatch = Stopwatch.StartNew();
            // 64 checks in flight (reminder ticks wait on the quota; more in flight would only queue past the call timeout)
            var results = new AccountRecord?[keys.Count];
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < keys.Count)
                {
                    results[i] = await cluster.Client.GetGrain<IAccountGrain>(keys[i]).CheckDeadlineAsync();
                }
            }));
            var elapsed = stopwatch.Elapsed;
            var calls = emulator.Stats.Calls - callsBefore;
            var quota = QueriesPerMinute * elapsed.TotalMinutes;
            context.Output.WriteLine($"{accounts:N0} unused accounts, limiter and emulator at {QueriesPerMinute:N0} queries/min, one silo:");
            foreach (var group in results.GroupBy(r => r?.View.Status))
            {
                context.Report($"accounts {group.Key} after the sweep", group.Count(), "accounts");
            }

            context.Report("sweep time", elapsed.TotalSeconds, "s");
            context.Report("Directory calls (read + suspend)", calls, "calls");
            context.Report("calls refused by the emulator's quota (403)", emulator.Stats.Throttled - throttledBefore, "calls");
            context.Report("quota used / quota", calls / quota, "x");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
