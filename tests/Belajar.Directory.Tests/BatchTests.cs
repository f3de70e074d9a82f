using System.Net;

namespace Belajar.Directory.Tests;

public sealed class BatchTests
{
    [Fact]
    public async Task A_batch_answers_each_call_by_position_with_mixed_results()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("taken", "pd-other"), default);
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("mine", "pd-mine"), default);
        var invalid = DirectoryHarness.NewUser("bad", "pd-3");
        invalid.Password = "short";
        var users = new[]
        {
            DirectoryHarness.NewUser("new1", "pd-1"),
            invalid,
            DirectoryHarness.NewUser("taken", "pd-2"),
            DirectoryHarness.NewUser("mine", "pd-mine"),
            DirectoryHarness.NewUser("new2", "pd-4"),
        };

        var results = await h.Gateway.InsertUsersBatchAsync(users, default);

        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r.Index));
        Assert.True(results[0].Succeeded);
        Assert.Equal("new1@belajar.id", results[0].Value!.PrimaryEmail);
        Assert.Equal(HttpStatusCode.BadRequest, results[1].Error!.StatusCode);
        Assert.Equal(CreateUserOutcome.AddressTaken, results[2].Outcome);
        Assert.Equal(HttpStatusCode.Conflict, results[2].Error!.StatusCode);
        Assert.Equal(CreateUserOutcome.Adopted, results[3].Outcome);
        Assert.True(results[3].Succeeded);
        Assert.True(results[4].Succeeded);
        Assert.Equal(4, h.Emulator.Users.Count);
    }

    [Fact]
    public async Task Failed_parts_are_retried_in_a_later_batch()
    {
        await using var h = await DirectoryHarness.StartAsync();
        h.Emulator.Faults.BackendError.FailNext(2);
        h.Emulator.Faults.RetryAfterSeconds = 3;
        h.Emulator.Faults.TooManyRequests.FailNext(1);
        var users = Enumerable.Range(0, 10).Select(i => DirectoryHarness.NewUser($"u{i}", $"pd-{i}")).ToList();

        var results = await h.Gateway.InsertUsersBatchAsync(users, default);

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(10, h.Emulator.Users.Count);
        Assert.Equal(13, h.Emulator.Stats.Calls);
        Assert.Equal(TimeSpan.FromSeconds(3), h.Delays.Delays.Single());
    }

    [Fact]
    public async Task More_users_than_one_batch_holds_go_in_several_requests()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.BatchSize = 1000);
        var users = Enumerable.Range(0, 1500).Select(i => DirectoryHarness.NewUser($"u{i}", $"pd-{i}")).ToList();

        var results = await h.Gateway.InsertUsersBatchAsync(users, default);

        Assert.Equal(1500, results.Count(r => r.Succeeded));
        Assert.Equal(1500, h.Emulator.Users.Count);
    }

    [Fact]
    public async Task Batch_parts_over_the_quota_are_throttled_and_retried_next_minute()
    {
        await using var h = await DirectoryHarness.StartAsync(e => e.QueriesPerMinute = 4, o => { o.InitialBackoff = TimeSpan.FromSeconds(40); o.MaxRetries = 10; });
        var users = Enumerable.Range(0, 6).Select(i => DirectoryHarness.NewUser($"u{i}", $"pd-{i}")).ToList();

        var results = await h.Gateway.InsertUsersBatchAsync(users, default);

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.True(h.Emulator.Stats.Throttled >= 2);
        Assert.All(h.Emulator.Stats.PerMinute, m => Assert.True(m.Calls <= 4));
    }
}
