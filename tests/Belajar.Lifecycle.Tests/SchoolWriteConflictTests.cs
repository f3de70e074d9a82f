using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Schools;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// A school whose write is refused because another activation of it wrote first (two activations while the cluster recovers
/// from a lost silo) does not go on with its stale state: it reads what is stored and finishes the work from there, with no
/// call from outside. Through the real grains, the embedded profile's memory storage and the emulator.
/// </summary>
public sealed class SchoolWriteConflictTests : IAsyncLifetime
{
    private DirectoryEmulator _emulator = null!;
    private TestCluster _cluster = null!;

    [Fact]
    public async Task A_school_whose_write_another_activation_overtook_reads_the_stored_state_and_finishes_its_accounts()
    {
        var (school, specs) = TestSchools.Create(1, 3, npsnBase: 72000000);
        var grain = _cluster.Client.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        RivalSchoolWrites.Arm(school.Npsn); // the next write of this school (the worker's, after provisioning) is overtaken

        await grain.AcceptRosterAsync(new SchoolProvisioning("run-conflict-1", school, specs));

        // the rival's version is what the school shows: its state was read again after the refused write
        var info = await Poll.UntilAsync(() => grain.GetInfoAsync(), i => i?.Nama == RivalSchoolWrites.RivalName, TimeSpan.FromSeconds(60),
            "the school to show the stored state the rival wrote");
        Assert.Equal(school.Npsn, info!.Npsn);

        // and the work goes on from the stored roster: every account ends Created, each with one Google user
        var views = await Poll.UntilAsync(() => grain.GetAccountsAsync(null), v => v.Count == 3 && v.All(a => a.Status == AccountStatus.Created),
            TimeSpan.FromSeconds(60), "the three accounts to be recorded as created");
        Assert.Equal(3, views.Select(v => v.GoogleUserId).Distinct().Count());
        Assert.Equal(3, _emulator.Store.UserCount);
    }

    public async Task InitializeAsync()
    {
        _emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(null, silos: 1);
        builder.UseDirectoryEmulator(_emulator);
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        builder.AddSiloBuilderConfigurator<RivalSchoolWritesConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    /// <summary>
    /// The embedded profile's memory storage for schools, which can let a rival write the school's row just before the school's
    /// own next write (the rival renames the school), so that the school's write meets a version it has not read.
    /// </summary>
    private sealed class RivalSchoolWrites(IGrainStorage inner) : IGrainStorage
    {
        public const string RivalName = "SD Negeri Ditulis Aktivasi Lain";

        private static string? _armedFor;

        public static void Arm(string npsn) => _armedFor = npsn;

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            // the first write after arming is the accepted roster; the rival overtakes the one after it
            if (grainState.State is SchoolState { Info: { } info, Pending.Count: 0 } && info.Npsn == _armedFor)
            {
                _armedFor = null;
                var rival = new GrainState<SchoolState>();
                await inner.ReadStateAsync(stateName, grainId, rival);
                rival.State!.Info = rival.State.Info! with { Nama = RivalName };
                await inner.WriteStateAsync(stateName, grainId, rival);
            }

            await inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }

    private sealed class RivalSchoolWritesConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage("schools-inner");
            siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(
                StorageNames.Schools,
                (sp, _) => new RivalSchoolWrites(sp.GetRequiredKeyedService<IGrainStorage>("schools-inner")));
        }
    }
}
