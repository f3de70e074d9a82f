namespace Belajar.Directory.Tests;

public sealed class IdempotencyTests
{
    [Fact]
    public async Task A_409_after_a_successful_insert_adopts_our_user()
    {
        await using var h = await DirectoryHarness.StartAsync();
        h.Emulator.Faults.ConflictAfterInsert.FailNext(1);

        var result = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        Assert.Equal(CreateUserOutcome.Adopted, result.Outcome);
        Assert.Equal(h.Emulator.FindUser("a@belajar.id")!.Id, result.User!.Id);
        Assert.Single(h.Emulator.Users);
    }

    [Fact]
    public async Task Creation_not_complete_on_the_read_back_is_retried_then_adopted()
    {
        await using var h = await DirectoryHarness.StartAsync();
        h.Emulator.Faults.ConflictAfterInsert.FailNext(1);
        h.Emulator.Faults.CreationIncomplete.FailNext(2);

        var result = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        Assert.Equal(CreateUserOutcome.Adopted, result.Outcome);
        Assert.Equal(2, h.Delays.Delays.Count);
        Assert.Single(h.Emulator.Users);
    }

    [Fact]
    public async Task A_retried_insert_after_a_lost_answer_adopts_instead_of_creating_twice()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        var again = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        Assert.Equal(CreateUserOutcome.Adopted, again.Outcome);
        Assert.Single(h.Emulator.Users);
    }

    [Fact]
    public async Task An_address_held_by_another_person_is_reported_taken()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        var result = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-2"), default);

        Assert.Equal(CreateUserOutcome.AddressTaken, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.Equal("pd-1", result.User!.ExternalId("organization"));
    }

    [Fact]
    public async Task Reads_right_after_an_insert_retry_creation_not_complete()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);
        h.Emulator.Faults.CreationIncomplete.FailNext(1);

        var user = await h.Gateway.GetUserAsync("a@belajar.id", default);

        Assert.NotNull(user);
        Assert.Single(h.Delays.Delays);
    }
}
