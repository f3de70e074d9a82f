using Belajar.Api.Audit;
using Belajar.Hosting;
using Belajar.TestSupport;
using Npgsql;

namespace Belajar.Api.Tests;

/// <summary>The audit log on a real PostgreSQL, each test on a fresh database with the project's own schema.</summary>
public sealed class PostgresAuditLogTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private string _connectionString = "";

    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Appended_entries_come_back_newest_first_with_their_detail()
    {
        var log = new PostgresAuditLog(_dataSource);

        await log.AppendAsync(Entry(T0, "op.a", AuditActions.SignIn, "20200001"));
        await log.AppendAsync(Entry(T0.AddMinutes(1), "op.a", AuditActions.Download, "20200001", ("kind", "ptk"), ("rows", "12")));

        var entries = await log.QueryAsync(new AuditQuery());
        Assert.Equal([AuditActions.Download, AuditActions.SignIn], entries.Select(e => e.Action));
        var download = entries[0];
        Assert.True(download.Id > entries[1].Id);
        Assert.Equal(T0.AddMinutes(1), download.OccurredAt);
        Assert.Equal(("op.a", "operator", "20200001", "10.0.0.9"), (download.Actor, download.ActorRole, download.Npsn, download.ClientAddress));
        Assert.Equal(new Dictionary<string, string> { ["kind"] = "ptk", ["rows"] = "12" }, download.Detail);
    }

    [Fact]
    public async Task Query_filters_by_time_actor_school_action_and_limit()
    {
        var log = new PostgresAuditLog(_dataSource);
        for (var i = 0; i < 6; i++)
        {
            await log.AppendAsync(Entry(T0.AddMinutes(i), i % 2 == 0 ? "op.a" : "op.b", AuditActions.Download, i % 2 == 0 ? "20200001" : "20200002"));
        }

        Assert.Equal(3, (await log.QueryAsync(new AuditQuery(Actor: "OP.A"))).Count);
        Assert.Equal(3, (await log.QueryAsync(new AuditQuery(Npsn: "20200002"))).Count);
        Assert.Empty(await log.QueryAsync(new AuditQuery(Action: AuditActions.ResetPassword)));
        var window = await log.QueryAsync(new AuditQuery(From: T0.AddMinutes(1), To: T0.AddMinutes(4)));
        Assert.Equal([T0.AddMinutes(3), T0.AddMinutes(2), T0.AddMinutes(1)], window.Select(e => e.OccurredAt));
        Assert.Equal(T0.AddMinutes(5), Assert.Single(await log.QueryAsync(new AuditQuery(Limit: 1))).OccurredAt);
    }

    [Fact]
    public async Task Stored_rows_hold_no_full_nik_and_no_secret_detail()
    {
        var log = new PostgresAuditLog(_dataSource);

        await log.AppendAsync(Entry(T0, "3171234567890001", "nominate", null, ("nominee", "3171234567890001"), ("password", "Rahasia#1")));

        await using var command = _dataSource.CreateCommand("select actor || ' ' || detail::text from belajar_audit_log");
        var stored = (string)(await command.ExecuteScalarAsync())!;
        Assert.DoesNotContain("3171234567890001", stored);
        Assert.DoesNotContain("Rahasia#1", stored);
        Assert.Contains("3171********0001", stored);
    }

    [Fact]
    public async Task The_log_refuses_truncate_even_for_its_owner()
    {
        await new PostgresAuditLog(_dataSource).AppendAsync(Entry(T0, "op.a", AuditActions.SignIn, null));

        await using var truncate = _dataSource.CreateCommand("TRUNCATE belajar_audit_log");
        var refused = await Assert.ThrowsAsync<PostgresException>(() => truncate.ExecuteNonQueryAsync());

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        await using var count = _dataSource.CreateCommand("select count(*) from belajar_audit_log");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_role_holding_belajar_audit_writer_appends_and_reads_but_cannot_change_truncate_or_drop_the_trigger()
    {
        var role = $"audit_app_{Guid.NewGuid():N}"[..24];
        await Execute(_dataSource, $"CREATE ROLE {role} LOGIN PASSWORD 'app-password' IN ROLE belajar_audit_writer");
        var builder = new NpgsqlConnectionStringBuilder(_connectionString) { Username = role, Password = "app-password" };
        await using var asApp = NpgsqlDataSource.Create(builder.ConnectionString);
        var log = new PostgresAuditLog(asApp);

        await log.AppendAsync(Entry(T0, "op.a", AuditActions.Download, "20200001"));

        Assert.Single(await log.QueryAsync(new AuditQuery()));
        foreach (var sql in new[]
        {
            "DROP TRIGGER belajar_audit_log_append_only ON belajar_audit_log",
            "ALTER TABLE belajar_audit_log DISABLE TRIGGER ALL",
            "TRUNCATE belajar_audit_log",
            "DELETE FROM belajar_audit_log",
            "UPDATE belajar_audit_log SET actor = 'x'",
        })
        {
            await Assert.ThrowsAsync<PostgresException>(() => Execute(asApp, sql));
        }

        Assert.Single(await log.QueryAsync(new AuditQuery()));
    }

    private static async Task Execute(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync("audit");
        await SchemaMigrator.ApplyAsync(_connectionString);
        _dataSource = NpgsqlDataSource.Create(_connectionString);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    private static AuditEntry Entry(DateTimeOffset at, string actor, string action, string? npsn, params (string Key, string Value)[] detail) =>
        new(0, at, actor, "operator", action, npsn, null, "10.0.0.9", detail.ToDictionary(d => d.Key, d => d.Value));
}
