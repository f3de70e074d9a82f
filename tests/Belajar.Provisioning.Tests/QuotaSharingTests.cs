using System.Globalization;
using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Belajar.Abstractions.Runs;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Belajar.TestSupport;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// One Directory budget for a two-silo cluster: the emulator enforces the same quota and never has to throttle. Activations
/// alternate between the silos (<see cref="AlternatingPlacement"/>), so both silos provision accounts and both need permits.
/// </summary>
public sealed class QuotaSharingTests
{
    private const int QueriesPerMinute = 1200;

    [Fact]
    public async Task Two_silos_share_the_cluster_budget_so_google_never_throttles_and_both_silos_get_permits()
    {
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { QueriesPerMinute = QueriesPerMinute });
        var builder = BelajarTestCluster.CreateBuilder(connectionString: null, silos: 2);
        builder.UseDirectoryEmulator(emulator);
        builder.Properties["Directory:QueriesPerMinute"] = QueriesPerMinute.ToString(CultureInfo.InvariantCulture);
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        builder.AddSiloBuilderConfigurator<AlternatingPlacementConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var snapshot = new TestSnapshot();
            for (var s = 0; s < 30; s++)
            {
                var school = TestSnapshot.NewSchool();
                snapshot.Add(school);
                for (var i = 0; i < 5; i++)
                {
                    snapshot.Add(school, TestSnapshot.NewLearner($"Kuota Bersama {s} {i}"));
                }
            }

            var run = cluster.Client.GetGrain<IProvisioningRunGrain>(GrainKeys.Run($"run-quota-{Guid.NewGuid():N}"[..20]));
            await run.StartAsync(new RunRequest(snapshot.Write(), DryRun: false));
            var quota = cluster.Client.GetGrain<IDirectoryQuotaGrain>(GrainKeys.Quota("default"));
            var silosWithPermits = new HashSet<string>(StringComparer.Ordinal);
            var mostInWindow = 0;
            var status = await Poll.UntilAsync(
                async () =>
                {
                    var usage = await quota.GetUsageAsync();
                    silosWithPermits.UnionWith(usage.ActiveSilos);
                    mostInWindow = Math.Max(mostInWindow, usage.InWindow);
                    return (await run.GetStatusAsync())!;
                },
                s => s.State is RunState.Completed or RunState.Failed,
                TimeSpan.FromSeconds(90),
                "the run to complete");

            Assert.Equal(RunState.Completed, status.State);
            Assert.Equal(150, status.AccountsCreated);
            var stats = emulator.Stats;
            Assert.Equal(0, stats.Throttled);
            Assert.All(stats.PerMinute, m => Assert.True(m.Calls <= QueriesPerMinute, $"{m.Calls} calls in minute {m.Minute}"));
            Assert.InRange(mostInWindow, 1, QueriesPerMinute);
            Assert.Equal(
                cluster.Silos.Select(s => s.SiloAddress.ToString()).Order(StringComparer.Ordinal),
                silosWithPermits.Order(StringComparer.Ordinal));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
