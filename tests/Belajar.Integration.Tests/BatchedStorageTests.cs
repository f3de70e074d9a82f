using Belajar.Abstractions;
using Belajar.Hosting;
using Belajar.Integration.Tests.Grains;
using Belajar.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Belajar.Integration.Tests;

/// <summary>
/// The account and address storage batches the statements of concurrent grains (Storage/BatchedGrainStorage.cs): its rows are
/// the ADO.NET provider's rows, each statement keeps its own optimistic concurrency inside a batch, and a batch that fails
/// commits none of its statements. Through <see cref="IGrainStorage"/> on a silo of the PostgreSQL profile.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BatchedStorageTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    private IServiceProvider Silo => ((InProcessSiloHandle)Cluster.Silos[0]).SiloHost!.Services;

    private IGrainStorage Batched => Silo.GetRequiredKeyedService<IGrainStorage>(StorageNames.Accounts);

    private IGrainStorage Provider => Silo.GetRequiredKeyedService<IGrainStorage>(StorageNames.Schools);

    private static GrainId Id(string key) => GrainId.Create("account", key);

    [Fact]
    public async Task The_account_storage_batches_and_its_rows_are_the_ado_net_providers_rows_both_ways()
    {
        Assert.Contains(StorageNames.Accounts, BelajarSiloConfiguration.BatchedStorageNames);
        Assert.NotEqual(Batched.GetType(), Provider.GetType());

        var written = new GrainState<ProbeState>(new ProbeState { Name = "Tulis Lewat Batch", Tags = ["a"] });
        await Batched.WriteStateAsync("probe", Id("pd-batched-1"), written);
        var readByProvider = new GrainState<ProbeState>();
        await Provider.ReadStateAsync("probe", Id("pd-batched-1"), readByProvider);

        Assert.True(readByProvider.RecordExists);
        Assert.Equal(written.ETag, readByProvider.ETag);
        Assert.Equal("Tulis Lewat Batch", readByProvider.State!.Name);

        // the other way, and the provider's next write follows the batched storage's version
        readByProvider.State!.Name = "Tulis Lewat Provider";
        await Provider.WriteStateAsync("probe", Id("pd-batched-1"), readByProvider);
        var readBatched = new GrainState<ProbeState>();
        await Batched.ReadStateAsync("probe", Id("pd-batched-1"), readBatched);

        Assert.Equal("Tulis Lewat Provider", readBatched.State!.Name);
        Assert.Equal(readByProvider.ETag, readBatched.ETag);
        Assert.Equal(["a"], readBatched.State.Tags);
    }

    [Fact]
    public async Task Concurrent_writes_in_one_batch_each_keep_their_own_version_check()
    {
        var keys = Enumerable.Range(0, 200).Select(i => $"pd-concurrent-{i}").ToList();
        var states = keys.Select(_ => new GrainState<ProbeState>(new ProbeState { Name = "pertama" })).ToList();
        await Task.WhenAll(keys.Select((k, i) => Batched.WriteStateAsync("probe", Id(k), states[i])));

        // every other grain writes with a stale ETag (a second activation would): only those fail
        var attempts = keys.Select((k, i) =>
        {
            var state = new GrainState<ProbeState>(new ProbeState { Name = "kedua" }, i % 2 == 0 ? states[i].ETag : "999") { RecordExists = true };
            return Batched.WriteStateAsync("probe", Id(k), state);
        }).ToList();
        await Task.WhenAll(attempts.Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default)));

        for (var i = 0; i < keys.Count; i++)
        {
            var read = new GrainState<ProbeState>();
            await Batched.ReadStateAsync("probe", Id(keys[i]), read);
            if (i % 2 == 0)
            {
                Assert.True(attempts[i].IsCompletedSuccessfully, $"write {i} with the current ETag");
                Assert.Equal(("kedua", "2"), (read.State!.Name, read.ETag));
            }
            else
            {
                Assert.IsType<InconsistentStateException>(attempts[i].Exception!.InnerException);
                Assert.Equal(("pertama", "1"), (read.State!.Name, read.ETag));
            }
        }

        // a first write of a row that exists is refused as well (what a new account relies on)
        var insert = new GrainState<ProbeState>(new ProbeState { Name = "baru" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => Batched.WriteStateAsync("probe", Id(keys[0]), insert));
    }

    [Fact]
    public async Task A_statement_that_fails_fails_its_whole_batch_and_nothing_of_that_batch_is_committed()
    {
        var poisoned = new GrainState<ProbeState>(new ProbeState { Name = "racun" });
        await Batched.WriteStateAsync("probe", Id("pd-poisoned"), poisoned);
        await ExecuteAsync("UPDATE orleans_storage SET Version = 2147483647 WHERE GrainIdExtensionString = 'pd-poisoned'");
        poisoned.ETag = "2147483647"; // the next write overflows the version column: the server raises an error

        var keys = Enumerable.Range(0, 300).Select(i => $"pd-bystander-{i}").ToList();
        var writes = keys.Select(k => Batched.WriteStateAsync("probe", Id(k), new GrainState<ProbeState>(new ProbeState { Name = k }))).ToList();
        var failing = Batched.WriteStateAsync("probe", Id("pd-poisoned"), poisoned);
        writes.AddRange(keys.Select(k => Batched.WriteStateAsync("probe", Id(k + "-late"), new GrainState<ProbeState>(new ProbeState { Name = k }))));
        await Task.WhenAll(writes.Append(failing).Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.IsType<PostgresException>(failing.Exception!.InnerException);
        var stored = await StoredKeysAsync();
        var failed = 0;
        foreach (var (write, key) in writes.Zip(keys.Concat(keys.Select(k => k + "-late"))))
        {
            Assert.Equal(write.IsCompletedSuccessfully, stored.Contains(key)); // committed exactly when the caller was told so
            failed += write.IsFaulted ? 1 : 0;
        }

        Assert.True(failed > 0, "some bystanders shared the failing statement's batch");
        Assert.True(failed < writes.Count, "the other batches were committed");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<HashSet<string>> StoredKeysAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT GrainIdExtensionString FROM orleans_storage WHERE GrainTypeString = 'probe'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
