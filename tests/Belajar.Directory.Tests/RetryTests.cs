using System.Net;

namespace Belajar.Directory.Tests;

public sealed class RetryTests
{
    [Fact]
    public async Task Backend_errors_are_retried_with_growing_delays_until_the_call_succeeds()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.InitialBackoff = TimeSpan.FromSeconds(1));
        h.Emulator.Faults.BackendError.FailNext(3);

        var result = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        Assert.Equal(CreateUserOutcome.Created, result.Outcome);
        Assert.Equal(3, h.Delays.Delays.Count);
        Assert.InRange(h.Delays.Delays[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(h.Delays.Delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(h.Delays.Delays[2], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        Assert.Single(h.Emulator.Users);
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after()
    {
        await using var h = await DirectoryHarness.StartAsync();
        h.Emulator.Faults.RetryAfterSeconds = 7;
        h.Emulator.Faults.TooManyRequests.FailNext(1);

        var user = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        Assert.Equal(CreateUserOutcome.Created, user.Outcome);
        Assert.Equal([TimeSpan.FromSeconds(7)], h.Delays.Delays);
    }

    [Fact]
    public async Task Persistent_backend_errors_surface_after_the_allowed_retries()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.MaxRetries = 2);
        h.Emulator.Faults.BackendError.Rate = 1;

        var error = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.GetUserAsync("a@belajar.id", default));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("backendError", error.Reason);
        Assert.Equal(3, h.Emulator.Stats.Calls);
    }

    [Fact]
    public async Task Not_found_and_bad_requests_are_not_retried()
    {
        await using var h = await DirectoryHarness.StartAsync();

        Assert.Null(await h.Gateway.GetUserAsync("nobody@belajar.id", default));
        await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.PatchUserAsync("nobody@belajar.id", new User { Suspended = true }, default));

        Assert.Empty(h.Delays.Delays);
        Assert.Equal(2, h.Emulator.Stats.Calls);
    }

    [Fact]
    public async Task The_per_minute_quota_is_respected_by_waiting_for_the_next_minute()
    {
        await using var h = await DirectoryHarness.StartAsync(e => e.QueriesPerMinute = 3, o => { o.InitialBackoff = TimeSpan.FromSeconds(20); o.MaxRetries = 10; });

        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(CreateUserOutcome.Created, (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser($"u{i}", $"pd-{i}"), default)).Outcome);
        }

        var stats = h.Emulator.Stats;
        Assert.Equal(7, stats.Calls);
        Assert.True(stats.Throttled > 0);
        Assert.All(stats.PerMinute, m => Assert.True(m.Calls <= 3));
        Assert.Equal(7, h.Emulator.Users.Count);
    }
}
