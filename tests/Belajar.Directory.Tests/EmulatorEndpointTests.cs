using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Directory.Emulator;

namespace Belajar.Directory.Tests;

public sealed class EmulatorEndpointTests
{
    [Fact]
    public async Task Users_lists_every_user_as_one_json_object_a_line()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.InsertUsersBatchAsync([DirectoryHarness.NewUser("a", "pd-1"), DirectoryHarness.NewUser("b", "pd-2")], default);

        var lines = (await h.Http.GetStringAsync(new Uri(h.Emulator.BaseUri, "emulator/users"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("a@belajar.id", first.GetProperty("primaryEmail").GetString());
        Assert.Equal("admin#directory#user", first.GetProperty("kind").GetString());
        Assert.False(first.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Faults_set_over_http_take_effect_and_reset_clears_everything()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        using var set = await h.Http.PostAsJsonAsync(new Uri(h.Emulator.BaseUri, "emulator/faults"), new { backendErrorRate = 0.25, latencyMs = 5, queriesPerMinute = 100 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(0.25, h.Emulator.Faults.BackendError.Rate);
        Assert.Equal(TimeSpan.FromMilliseconds(5), h.Emulator.Faults.Latency);
        Assert.Equal(100, h.Emulator.Quota.QueriesPerMinute);

        using var bad = await h.Http.PostAsJsonAsync(new Uri(h.Emulator.BaseUri, "emulator/faults"), new { backendErrorRate = 2.0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        using var reset = await h.Http.PostAsync(new Uri(h.Emulator.BaseUri, "emulator/reset"), null);
        Assert.Empty(h.Emulator.Users);
        Assert.Equal(0, h.Emulator.Faults.BackendError.Rate);
        Assert.Equal(0, h.Emulator.Stats.Calls);
    }

    [Fact]
    public async Task Stats_count_calls_and_throttled_calls_per_minute()
    {
        await using var h = await DirectoryHarness.StartAsync(e => e.QueriesPerMinute = 1, o => o.MaxRetries = 0);
        await h.Gateway.GetUserAsync("a@belajar.id", default);
        await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.GetUserAsync("a@belajar.id", default));

        var stats = await h.Http.GetFromJsonAsync<EmulatorStats>(new Uri(h.Emulator.BaseUri, "emulator/stats"), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(1, stats!.Calls);
        Assert.Equal(1, stats.Throttled);
        Assert.Equal(1, stats.PerMinute.Single().Throttled);
    }

    [Fact]
    public async Task Stats_count_calls_and_throttled_calls_per_second_of_the_emulators_clock()
    {
        await using var h = await DirectoryHarness.StartAsync(e => e.QueriesPerMinute = 3, o => o.MaxRetries = 0);
        var now = h.Clock.GetUtcNow();
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 10, TimeSpan.Zero).AddMinutes(1); // JWTs allow 5 min
        h.Clock.SetUtcNow(start);
        await h.Gateway.GetUserAsync("a@belajar.id", default);
        await h.Gateway.GetUserAsync("a@belajar.id", default);
        h.Clock.Advance(TimeSpan.FromSeconds(2));
        await h.Gateway.GetUserAsync("a@belajar.id", default);
        await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.GetUserAsync("a@belajar.id", default));

        var json = await h.Http.GetStringAsync(new Uri(h.Emulator.BaseUri, "emulator/stats"));
        var stats = JsonSerializer.Deserialize<EmulatorStats>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var second = (DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"\"perSecond\":[{{\"second\":\"{second(start)}\",\"calls\":2,\"throttled\":0}}", json, StringComparison.Ordinal);
        Assert.Equal([second(start), second(start.AddSeconds(2))], stats.PerSecond.Select(s => s.Second));
        Assert.Equal([2L, 1L], stats.PerSecond.Select(s => s.Calls));
        Assert.Equal([0L, 1L], stats.PerSecond.Select(s => s.Throttled));
    }

    [Fact]
    public async Task A_throttled_call_gets_googles_user_rate_limit_body()
    {
        await using var h = await DirectoryHarness.StartAsync(e => e.QueriesPerMinute = 1, o => o.MaxRetries = 0);
        await h.Gateway.GetUserAsync("a@belajar.id", default);

        var error = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.GetUserAsync("a@belajar.id", default));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("userRateLimitExceeded", error.Reason);
        Assert.True(error.IsRetryable);
    }
}
