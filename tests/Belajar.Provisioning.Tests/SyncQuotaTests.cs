using System.Diagnostics.Metrics;
using System.Globalization;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Metrics;
using Belajar.LocalServices;
using Belajar.TestSupport;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// A school's sync lists its users page by page; Google counts every page as a query, so the cluster budget must spend a
/// permit per page. Counted twice, independently: the permits the silo took (<see cref="BelajarMetrics.QuotaUsed"/>, in this
/// process) and the calls the emulator served. Alone in its collection, so that no other test's permits are counted.
/// </summary>
[Collection(SyncQuotaCollection.Name)]
public sealed class SyncQuotaTests
{
    private const int PageSize = 2;

    [Fact]
    public async Task A_sync_spends_one_permit_per_page_of_users_as_google_counts_them()
    {
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { QueriesPerMinute = 6000 });
        var builder = BelajarTestCluster.CreateBuilder(connectionString: null, silos: 1);
        builder.UseDirectoryEmulator(emulator);
        builder.Properties["Directory:QueriesPerMinute"] = "6000";
        builder.Properties["Directory:PageSize"] = PageSize.ToString(CultureInfo.InvariantCulture);
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var school = TestSnapshot.NewSchool();
            var snapshot = new TestSnapshot().Add(school);
            for (var i = 0; i < 5; i++)
            {
                snapshot.Add(school, TestSnapshot.NewLearner($"Halaman Demi Halaman {i}"));
            }

            var run = cluster.Client.GetGrain<IProvisioningRunGrain>(GrainKeys.Run($"run-pages-{Guid.NewGuid():N}"[..20]));
            await run.StartAsync(new RunRequest(snapshot.Write(), DryRun: false));
            var status = await Poll.UntilAsync(
                async () => (await run.GetStatusAsync())!, s => s.State is RunState.Completed or RunState.Failed, TimeSpan.FromSeconds(60), "the run to complete");
            Assert.Equal(5, status.AccountsCreated);

            var callsBefore = emulator.Stats.Calls;
            long permits = 0;
            using (var listener = new MeterListener())
            {
                listener.InstrumentPublished = (instrument, l) =>
                {
                    if (ReferenceEquals(instrument, BelajarMetrics.QuotaUsed))
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                };
                listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref permits, value));
                listener.Start();
                await cluster.Client.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).SyncNowAsync();
            }

            var pages = (5 + PageSize - 1) / PageSize;
            Assert.Equal(pages, emulator.Stats.Calls - callsBefore); // users.list, one request per page
            Assert.Equal(pages, Interlocked.Read(ref permits));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}

/// <summary>Runs alone: the permit counter is process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SyncQuotaCollection
{
    public const string Name = "sync quota, alone";
}
