using Belajar.Hosting;
using Belajar.TestSupport;
using Npgsql;

namespace Belajar.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class SchemaTests(PostgresFixture postgres)
{
    private static readonly string[] _orleansQueryKeys =
    [
        "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "InsertMembershipKey",
        "UpdateMembershipKey", "UpdateIAmAlivetimeKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
    ];

    [Fact]
    public async Task Schema_applies_twice_and_records_the_latest_version()
    {
        var db = await postgres.CreateDatabaseAsync("schema_twice");

        await SchemaMigrator.ApplyAsync(db);
        await SchemaMigrator.ApplyAsync(db);

        Assert.Equal(SchemaMigrator.LatestVersion, await SchemaMigrator.GetVersionAsync(db));
        Assert.Equal(SchemaMigrator.Scripts.Count, await ScalarAsync<long>(db, "SELECT count(*) FROM belajar_schema_version"));
    }

    [Fact]
    public async Task Every_schema_file_runs_again_without_error_after_the_schema_exists()
    {
        var db = await postgres.CreateDatabaseAsync("schema_rerun");
        await SchemaMigrator.ApplyAsync(db);

        // what docker-compose does on a fresh volume, and what a re-run by hand does: every file once more
        foreach (var script in SchemaMigrator.Scripts)
        {
            await ExecuteAsync(db, script.Sql);
        }

        Assert.Equal(SchemaMigrator.Scripts.Count, await ScalarAsync<long>(db, "SELECT count(*) FROM belajar_schema_version"));
    }

    [Fact]
    public async Task Two_concurrent_appliers_both_succeed_on_a_fresh_database()
    {
        var db = await postgres.CreateDatabaseAsync("schema_concurrent");

        await Task.WhenAll(
            Task.Run(() => SchemaMigrator.ApplyAsync(db)),
            Task.Run(() => SchemaMigrator.ApplyAsync(db)),
            Task.Run(() => SchemaMigrator.ApplyAsync(db)));

        Assert.Equal(SchemaMigrator.LatestVersion, await SchemaMigrator.GetVersionAsync(db));
    }

    [Fact]
    public async Task OrleansQuery_holds_every_key_the_providers_need()
    {
        var db = await postgres.CreateDatabaseAsync("schema_keys");
        await SchemaMigrator.ApplyAsync(db);

        var keys = new List<string>();
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        Assert.Equal(_orleansQueryKeys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Audit_log_accepts_inserts_and_refuses_update_and_delete()
    {
        var db = await postgres.CreateDatabaseAsync("schema_audit");
        await SchemaMigrator.ApplyAsync(db);
        await ExecuteAsync(db, """
            INSERT INTO belajar_audit_log (occurred_at, actor, actor_role, action, npsn, detail)
            VALUES (now(), 'pusdatin', 'pusdatin', 'run.start', '20100001', '{"runId":"run-1"}')
            """);

        var update = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(db, "UPDATE belajar_audit_log SET actor = 'x'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(db, "DELETE FROM belajar_audit_log"));

        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync<long>(db, "SELECT count(*) FROM belajar_audit_log WHERE actor = 'pusdatin'"));
    }

    private static async Task ExecuteAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
