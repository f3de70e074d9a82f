using Belajar.Hosting.Reminders;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.Hosting;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Belajar.Lifecycle.Tests.Postgres;

/// <summary>
/// <see cref="DueWindowReminderTable"/> on its own database and clock: the range read returns the rows whose start time is
/// within the horizon (now + loading window 10 min + refresh period 5 min + margin 5 min = 20 min with Orleans' defaults), the
/// rest of Orleans' table contract is unchanged.
/// </summary>
[Collection(PostgresLifecycleCollection.Name)]
public sealed class DueWindowReadTests(PostgresLifecycleCluster cluster) : IAsyncLifetime
{
    private static readonly DateTime Now = new(2027, 6, 30, 17, 0, 0, DateTimeKind.Utc);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now));
    private DueWindowReminderTable _table = null!;

    public async Task InitializeAsync()
    {
        var database = await cluster.CreateDatabaseAsync("due_window");
        _table = new DueWindowReminderTable(
            database, MsOptions.Create(new ClusterOptions { ServiceId = "due-window-test" }), MsOptions.Create(new ReminderOptions()), _clock);
    }

    public Task DisposeAsync()
    {
        _table.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_horizon_is_the_loading_window_plus_the_refresh_period_plus_the_margin()
    {
        var window = new DueWindow(new ReminderOptions(), _clock);

        Assert.Equal(TimeSpan.FromMinutes(20), window.Ahead);
        Assert.Equal(Now.AddMinutes(20), window.Horizon());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_range_read_returns_rows_started_or_starting_within_the_horizon_and_not_the_far_ones()
    {
        var rows = new Dictionary<string, DateTime>
        {
            ["started-yesterday"] = Now.AddDays(-1), // a periodic reminder already ticking (or missed during a restart)
            ["now"] = Now,
            ["inside"] = Now.AddMinutes(15),
            ["at-the-horizon"] = Now.AddMinutes(20),
            ["just-beyond"] = Now.AddMinutes(20).AddMilliseconds(1),
            ["tomorrow"] = Now.AddDays(1),
            ["weeks-out"] = Now.AddDays(40),
        };
        foreach (var (name, start) in rows)
        {
            await UpsertAsync(name, start);
        }

        Assert.Equal(["at-the-horizon", "inside", "now", "started-yesterday"], await ReadAllAsync());

        _clock.Advance(TimeSpan.FromDays(1)); // a day later the row due tomorrow is within the horizon
        Assert.Equal(["at-the-horizon", "inside", "just-beyond", "now", "started-yesterday", "tomorrow"], await ReadAllAsync());
    }

    [Fact]
    public async Task The_two_forms_of_a_ring_range_split_the_due_rows_exactly()
    {
        for (var i = 0; i < 40; i++)
        {
            await UpsertAsync($"r{i}", Now.AddMinutes(i % 2 == 0 ? 1 : 600)); // half due, half far
        }

        var all = (await _table.ReadRows(0u, 0u)).Reminders.Select(e => e.GrainId).ToHashSet();
        Assert.Equal(20, all.Count);
        foreach (var (begin, end) in new[] { (0x1000_0000u, 0x9000_0000u), (0x9000_0000u, 0x1000_0000u), (0xF000_0000u, 0x0800_0000u) })
        {
            var inside = (await _table.ReadRows(begin, end)).Reminders.Select(e => e.GrainId).ToList();
            var outside = (await _table.ReadRows(end, begin)).Reminders.Select(e => e.GrainId).ToList();
            Assert.Empty(inside.Intersect(outside));
            Assert.Equal(all.Order(), inside.Concat(outside).Order());
            Assert.All(inside, g => Assert.True(InRing(g.GetUniformHashCode(), begin, end)));
        }
    }

    [Fact]
    public async Task A_grains_rows_upsert_and_remove_with_etags_are_orleans_contract_far_or_near()
    {
        var grain = GrainId.Create("account", "pd-far");
        var first = await _table.UpsertRow(Entry(grain, "deadline", Now.AddDays(30)));
        await _table.UpsertRow(Entry(grain, "leaver", Now.AddDays(40)));

        Assert.Equal(2, (await _table.ReadRows(grain)).Reminders.Count); // a grain's own rows: far ones too
        var row = await _table.ReadRow(grain, "deadline");
        Assert.Equal(Now.AddDays(30), row!.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Equal(TimeSpan.FromMinutes(15), row.Period);
        Assert.Equal(first, row.ETag);

        var second = await _table.UpsertRow(Entry(grain, "deadline", Now.AddMinutes(5))); // moved near: now read
        Assert.NotEqual(first, second);
        Assert.Contains((await _table.ReadRows(0u, 0u)).Reminders, e => e.GrainId == grain && e.ReminderName == "deadline");

        Assert.False(await _table.RemoveRow(grain, "deadline", first!)); // a stale etag removes nothing
        Assert.NotNull(await _table.ReadRow(grain, "deadline"));
        Assert.True(await _table.RemoveRow(grain, "deadline", second!));
        Assert.Null(await _table.ReadRow(grain, "deadline"));
        Assert.False(await _table.RemoveRow(grain, "leaver", "not-a-version"));
    }

    [Fact]
    public async Task A_read_gives_back_the_grain_ids_and_names_written_with_one_string_per_name()
    {
        GrainId[] grains = [GrainId.Create("account", "pd-ascii"), GrainId.Create("account", "pd-Ñoño-ß✓"), GrainId.Create("school", "2010/7")];
        foreach (var grain in grains)
        {
            await _table.UpsertRow(Entry(grain, "deadline", Now.AddMinutes(1)));
            await _table.UpsertRow(Entry(grain, "pengingat-ñ", Now.AddMinutes(2)));
        }

        var rows = (await _table.ReadRows(0u, 0u)).Reminders;

        Assert.Equal(
            grains.SelectMany(g => new[] { (g, "deadline"), (g, "pengingat-ñ") }).Order(),
            rows.Select(e => (e.GrainId, e.ReminderName)).Order());
        Assert.All(rows, e => Assert.Equal(GrainId.Parse(e.GrainId.ToString()).GetUniformHashCode(), e.GrainId.GetUniformHashCode()));
        Assert.Single(rows.Where(e => e.ReminderName == "deadline").Select(e => e.ReminderName).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Equal("0", rows[0].ETag);
    }

    private static bool InRing(uint hash, uint begin, uint end) =>
        (int)begin < (int)end ? (int)hash > (int)begin && (int)hash <= (int)end : (int)hash > (int)begin || (int)hash <= (int)end;

    private Task UpsertAsync(string name, DateTime start) => _table.UpsertRow(Entry(GrainId.Create("account", name), "deadline", start));

    private static ReminderEntry Entry(GrainId grain, string name, DateTime start) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start, Period = TimeSpan.FromMinutes(15) };

    private async Task<List<string>> ReadAllAsync() =>
        (await _table.ReadRows(0u, 0u)).Reminders.Select(e => e.GrainId.Key.ToString()!).Order(StringComparer.Ordinal).ToList();
}
