using Belajar.Domain;
using Belajar.Abstractions.Accounts;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// A new account and a new address skip the read of their stored row: the first write is an insert that the storage refuses
/// when the row exists. These tests make the row exist and check that the stored state decides, on PostgreSQL (the write
/// function answers no version) and on the embedded profile's memory storage (an ETag mismatch), over a real emulator. A person
/// claim (one account per person across ptk_ids) inserts the same way.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NewAccountStorageTests(PostgresFixture postgres)
{
    public static TheoryData<bool> Profiles => new() { true, false };

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task An_account_provisioned_as_new_that_exists_keeps_its_address_and_user_and_frees_the_address_it_claimed(bool onPostgres)
    {
        await using var env = await Env.StartAsync(onPostgres ? await postgres.CreateDatabaseAsync("new_account") : null);
        var spec = Spec("pd-new-exists-1", "Siti Nurhaliza Rahman", "70100001");
        var candidates = UsernameRules.Candidates(spec.Nama, spec.AccountKey, "sd.belajar.id").Take(2).ToList();

        // someone holds the first candidate when the account is created, so the account gets the second; then lets it go
        Assert.True(await env.Grains.GetGrain<IUsernameGrain>(candidates[0]).ClaimAsync("pd-someone-else"));
        var created = await env.Grains.GetGrain<IAccountGrain>(spec.AccountKey).ProvisionAsync(spec);
        Assert.Equal(candidates[1], created.View.UserId);
        await env.Grains.GetGrain<IUsernameGrain>(candidates[0]).ReleaseAsync("pd-someone-else");
        await env.CollectAllActivationsAsync();

        // the person moved school; the new school has no record of the account and provisions it as new
        var moved = spec with { Npsn = "70100002" };
        var record = await env.Grains.GetGrain<IAccountGrain>(spec.AccountKey).ProvisionNewAsync(moved);

        Assert.Equal(AccountStatus.Created, record.View.Status);
        Assert.Equal(candidates[1], record.View.UserId);
        Assert.Equal(created.View.GoogleUserId, record.View.GoogleUserId);
        Assert.Equal("70100002", record.View.Npsn);
        var users = env.Emulator.Users.Where(u => u.ExternalIds.Any(e => e.Value == spec.DapodikId)).ToList();
        Assert.Equal(candidates[1], Assert.Single(users).PrimaryEmail);
        Assert.Equal("70100002", Assert.Single(users[0].Organizations).CostCenter);
        Assert.Null(await env.Grains.GetGrain<IUsernameGrain>(candidates[0]).GetOwnerAsync()); // claimed on the way, given back
        Assert.Equal(spec.AccountKey, await env.Grains.GetGrain<IUsernameGrain>(candidates[1]).GetOwnerAsync());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task A_new_account_is_created_once_and_reads_back_the_same_after_its_activation_is_gone(bool onPostgres)
    {
        await using var env = await Env.StartAsync(onPostgres ? await postgres.CreateDatabaseAsync("new_account") : null);
        var spec = Spec("pd-new-fresh-1", "Bagus Prasetyo", "70100003");

        var created = await env.Grains.GetGrain<IAccountGrain>(spec.AccountKey).ProvisionNewAsync(spec);
        await env.CollectAllActivationsAsync();
        var again = await env.Grains.GetGrain<IAccountGrain>(spec.AccountKey).ProvisionNewAsync(spec); // a retried run
        var row = await env.Grains.GetGrain<IAccountGrain>(spec.AccountKey).GetCredentialAsync(markDistributed: false);

        Assert.Equal(AccountStatus.Created, created.View.Status);
        Assert.Equal(created.View, again.View);
        Assert.Single(env.Emulator.Users, u => u.ExternalIds.Any(e => e.Value == spec.DapodikId));
        Assert.NotNull(row!.InitialPassword);
        Assert.Equal(spec.AccountKey, await env.Grains.GetGrain<IUsernameGrain>(created.View.UserId!).GetOwnerAsync());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task A_claimed_address_stays_its_owners_across_activations_until_released(bool onPostgres)
    {
        await using var env = await Env.StartAsync(onPostgres ? await postgres.CreateDatabaseAsync("new_address") : null);
        var address = "claim.test.123@sd.belajar.id";

        Assert.True(await env.Grains.GetGrain<IUsernameGrain>(address).ClaimAsync("pd-first"));
        await env.CollectAllActivationsAsync();
        Assert.False(await env.Grains.GetGrain<IUsernameGrain>(address).ClaimAsync("pd-second"));
        await env.CollectAllActivationsAsync();
        Assert.True(await env.Grains.GetGrain<IUsernameGrain>(address).ClaimAsync("pd-first"));
        await env.Grains.GetGrain<IUsernameGrain>(address).ReleaseAsync("pd-second"); // not the owner: nothing happens
        Assert.Equal("pd-first", await env.Grains.GetGrain<IUsernameGrain>(address).GetOwnerAsync());
        await env.Grains.GetGrain<IUsernameGrain>(address).ReleaseAsync("pd-first");
        await env.CollectAllActivationsAsync();
        Assert.True(await env.Grains.GetGrain<IUsernameGrain>(address).ClaimAsync("pd-second"));
        await env.Grains.GetGrain<IUsernameGrain>(address).MarkExternalAsync();
        await env.CollectAllActivationsAsync();
        Assert.False(await env.Grains.GetGrain<IUsernameGrain>(address).ClaimAsync("pd-second"));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task A_person_claim_keeps_the_first_dapodik_id_across_activations(bool onPostgres)
    {
        await using var env = await Env.StartAsync(onPostgres ? await postgres.CreateDatabaseAsync("new_person") : null);
        var person = env.Grains.GetGrain<IPersonGrain>(Belajar.Abstractions.GrainKeys.Person("AB12"));

        Assert.Equal("ptk-first", await person.ClaimAsync("ptk-first"));
        Assert.Equal("ptk-first", await person.ClaimAsync("ptk-second")); // the same activation
        await env.CollectAllActivationsAsync();
        Assert.Equal("ptk-first", await person.ClaimAsync("ptk-second")); // a fresh activation: the insert is refused, the row decides
        Assert.Equal("ptk-other", await env.Grains.GetGrain<IPersonGrain>(Belajar.Abstractions.GrainKeys.Person("CD34")).ClaimAsync("ptk-other"));
    }

    [Fact]
    public async Task An_account_whose_write_answer_was_lost_reads_its_row_again_instead_of_failing_on_a_stale_version()
    {
        await using var env = await Env.StartAsync(connectionString: null, losingAnswers: true);
        var spec = Spec("pd-lost-answer-1", "Wulan Sari Dewi", "70100004");
        var account = env.Grains.GetGrain<IAccountGrain>(spec.AccountKey);
        await account.ProvisionNewAsync(spec);

        // the storage writes the mark, but its answer never comes back (a timeout after the write)
        LosingAnswersStorage.LoseNextAnswer = true;
        await Assert.ThrowsAsync<TimeoutException>(() => account.GetCredentialAsync(markDistributed: true));

        // the next write must start from the stored row (Distributed, a newer version), not from the version it had
        var password = (await account.ResetPasswordAsync()).InitialPassword;
        var row = await account.GetCredentialAsync(markDistributed: false);

        Assert.Equal(AccountStatus.Distributed, row!.Account.Status);
        Assert.Equal(password, row.InitialPassword);
    }

    /// <summary>The embedded profile's memory storage for accounts, which can lose the answer of one write after writing it.</summary>
    private sealed class LosingAnswersStorage(IGrainStorage inner) : IGrainStorage
    {
        public static volatile bool LoseNextAnswer;

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var etag = grainState.ETag;
            await inner.WriteStateAsync(stateName, grainId, grainState);
            if (LoseNextAnswer)
            {
                LoseNextAnswer = false;
                grainState.ETag = etag;
                throw new TimeoutException("the storage's answer was lost (test)");
            }
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }

    private sealed class LosingAnswersConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage("accounts-inner");
            siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(
                Belajar.Abstractions.StorageNames.Accounts,
                (sp, _) => new LosingAnswersStorage(sp.GetRequiredKeyedService<IGrainStorage>("accounts-inner")));
        }
    }

    private static AccountSpec Spec(string key, string nama, string npsn) =>
        new(key, AccountRole.PesertaDidik, Jenjang.SD, npsn, key[3..], nama, null, 5, "5A", "/");

    private sealed class Env : IAsyncDisposable
    {
        private Env(DirectoryEmulator emulator, TestCluster cluster)
        {
            Emulator = emulator;
            Cluster = cluster;
        }

        public DirectoryEmulator Emulator { get; }

        public TestCluster Cluster { get; }

        public IGrainFactory Grains => Cluster.Client;

        public static async Task<Env> StartAsync(string? connectionString, bool losingAnswers = false)
        {
            var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
            var builder = BelajarTestCluster.CreateBuilder(connectionString, silos: 1);
            builder.UseDirectoryEmulator(emulator);
            builder.Properties["Directory:QueriesPerMinute"] = "0";
            builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
            builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
            if (losingAnswers)
            {
                builder.AddSiloBuilderConfigurator<LosingAnswersConfigurator>();
            }

            var cluster = builder.Build();
            await cluster.DeployAsync();
            return new Env(emulator, cluster);
        }

        /// <summary>Deactivates every idle activation, so that the next call activates the grain afresh from storage.</summary>
        public Task CollectAllActivationsAsync() =>
            Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        public async ValueTask DisposeAsync()
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }
}
