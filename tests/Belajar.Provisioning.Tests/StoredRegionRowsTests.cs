using Belajar.Abstractions;
using Belajar.Abstractions.Admins;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;
using Belajar.Directory.Emulator;
using Belajar.Grains.Admins;
using Belajar.Grains.Regions;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// A region's counters and its administrators are two grains with the same key. Rows written under the grain type <c>region</c>
/// with both state names (as a single grain holding both states writes them) load in the two grains, because the storage keys a
/// row by state name and grain key.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoredRegionRowsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Rows_stored_by_the_combined_region_grain_load_in_the_region_and_region_admins_grains()
    {
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(await postgres.CreateDatabaseAsync("stored_regions"), silos: 1);
        builder.UseDirectoryEmulator(emulator); // the administrators' grain holds the Directory client
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var storage = ((InProcessSiloHandle)cluster.Silos[0]).ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Regions);
            var combined = GrainId.Create("region", GrainKeys.Region("020100"));
            var counters = new FunnelCounters(10, 9, 8, 7, 6, 0, 1);
            await storage.WriteStateAsync("region", combined, new GrainState<RegionState>(new RegionState
            {
                Name = "Kab. Bogor",
                ParentName = "Prov. Jawa Barat",
                Children = { ["20200001"] = new RegionChild("20200001", "SD Negeri 1", counters) },
            }));
            var at = new DateTimeOffset(2021, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
            var admin = new RegionalAdminView("adm-020100-0123456789ab", "020100", "Budi", "3201********0001", "b@example.go.id", "budi.020100@dikbud.belajar.id", true, at);
            await storage.WriteStateAsync("regionadmins", combined, new GrainState<RegionAdminsState>(new RegionAdminsState
            {
                Admins = { [admin.AdminId] = new StoredAdmin { View = admin, NikHash = "AB", GoogleUserId = "123" } },
            }));

            var stats = await cluster.Client.GetGrain<IRegionGrain>(GrainKeys.Region("020100")).GetStatsAsync();
            var admins = await cluster.Client.GetGrain<IRegionAdminsGrain>(GrainKeys.Region("020100")).GetAdminsAsync();

            Assert.Equal(("Kab. Bogor", counters), (stats.Name, stats.Counters));
            Assert.Equal(admin, Assert.Single(admins));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
