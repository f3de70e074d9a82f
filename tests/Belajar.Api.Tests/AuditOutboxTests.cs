using System.Net;
using Belajar.Api.Audit;
using Belajar.Hosting;
using Belajar.TestSupport;
using Npgsql;

namespace Belajar.Api.Tests;

/// <summary>The audit log's outbox: sign-in goes on while PostgreSQL is down, downloads do not, and the outbox drains when it is back.</summary>
public sealed class AuditOutboxTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    // nothing listens on the discard port: every connection is refused at once, as with a PostgreSQL that is down
    private const string DownDatabase = "Host=127.0.0.1;Port=9;Database=belajar;Username=belajar;Password=x;Timeout=2";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"audit-outbox-{Guid.NewGuid():N}");
    private NpgsqlDataSource _dataSource = null!;

    [Fact]
    public async Task Sign_in_works_while_postgresql_is_down_a_credentials_download_is_refused_and_the_outbox_drains_when_it_is_back()
    {
        await using (var api = await TestApi.StartAsync(new() { ["ConnectionStrings:Belajar"] = DownDatabase, ["Audit:OutboxFolder"] = _folder }))
        {
            SampleSchools.Seed(api.Schools);

            var signIn = await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
            var wrong = await api.SignInAsync(TestApi.OperatorA, "salah-sekali");

            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            using var op = await api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
            var download = await op.GetAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik&format=csv");
            Assert.False(download.IsSuccessStatusCode, "a download without its audit entry must be refused");
            Assert.DoesNotContain(SampleSchools.LearnerPassword, await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var outbox = new AuditOutbox(_folder);
        var waiting = outbox.Pending();
        Assert.Equal([AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignIn], waiting.Select(e => e.Action));
        Assert.DoesNotContain(waiting, e => e.Action == AuditActions.Download);
        Assert.DoesNotContain("salah-sekali", string.Concat(File.ReadAllLines(System.IO.Directory.GetFiles(_folder).Single())), StringComparison.Ordinal);

        var log = new PostgresAuditLog(_dataSource);
        var written = await outbox.DrainAsync(log.AppendManyAsync, CancellationToken.None);

        Assert.Equal(3, written);
        Assert.Empty(outbox.Pending());
        var stored = await log.QueryAsync(new AuditQuery(Actor: TestApi.OperatorA));
        Assert.Equal(3, stored.Count);
        Assert.All(stored, e => Assert.Equal("10.0.0.1", e.ClientAddress));
    }

    [Fact]
    public async Task A_drain_that_fails_keeps_the_entries_for_the_next_round()
    {
        var outbox = new AuditOutbox(_folder);
        outbox.Append(new AuditEntry(0, DateTimeOffset.UnixEpoch.AddYears(56), "op.a", "operator", AuditActions.SignIn, null, null, "10.0.0.9", new Dictionary<string, string>()));
        await using var down = NpgsqlDataSource.Create(DownDatabase);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => outbox.DrainAsync(new PostgresAuditLog(down).AppendManyAsync, CancellationToken.None));

        Assert.Single(outbox.Pending());
        Assert.Equal(1, await outbox.DrainAsync(new PostgresAuditLog(_dataSource).AppendManyAsync, CancellationToken.None));
        Assert.Empty(outbox.Pending());
    }

    public async Task InitializeAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync("outbox");
        await SchemaMigrator.ApplyAsync(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}
