using System.Net;

namespace Belajar.Directory.Tests;

/// <summary>
/// Changing a user's <c>primaryEmail</c>, as Google's <c>users.update</c> does it: the old address becomes an alias that still
/// finds the user and stays taken. Through the gateway over loopback HTTP.
/// </summary>
public sealed class RenameTests
{
    [Fact]
    public async Task A_renamed_user_answers_under_both_addresses_with_the_old_one_as_alias()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var created = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("dewi", "pd-1", domain: "sd.belajar.id"), default);

        var renamed = await h.Gateway.PatchUserAsync("dewi@sd.belajar.id", new User { PrimaryEmail = "dewi@smp.belajar.id" }, default);

        Assert.Equal("dewi@smp.belajar.id", renamed.PrimaryEmail);
        Assert.Equal(["dewi@sd.belajar.id"], renamed.Aliases);
        var byOld = await h.Gateway.GetUserAsync("dewi@sd.belajar.id", default);
        Assert.Equal(created.User!.Id, byOld!.Id);
        Assert.Equal("dewi@smp.belajar.id", byOld.PrimaryEmail);
        Assert.Single(h.Emulator.Users);
        var again = await h.Gateway.PatchUserAsync(created.User.Id!, new User { PrimaryEmail = "dewi@smp.belajar.id" }, default);
        Assert.Equal(["dewi@sd.belajar.id"], again.Aliases); // renaming to the current address changes nothing
    }

    [Fact]
    public async Task An_alias_stays_taken_for_inserts_and_renames_of_other_users()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("dewi", "pd-1", domain: "sd.belajar.id"), default);
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("sari", "pd-2", domain: "sd.belajar.id"), default);
        await h.Gateway.PatchUserAsync("dewi@sd.belajar.id", new User { PrimaryEmail = "dewi@smp.belajar.id" }, default);

        var insert = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("dewi", "pd-3", domain: "sd.belajar.id"), default);
        var rename = await Assert.ThrowsAsync<DirectoryException>(() =>
            h.Gateway.PatchUserAsync("sari@sd.belajar.id", new User { PrimaryEmail = "dewi@sd.belajar.id" }, default));
        var toPrimary = await Assert.ThrowsAsync<DirectoryException>(() =>
            h.Gateway.PatchUserAsync("sari@sd.belajar.id", new User { PrimaryEmail = "dewi@smp.belajar.id" }, default));

        Assert.Equal(CreateUserOutcome.AddressTaken, insert.Outcome);
        Assert.Equal(HttpStatusCode.Conflict, rename.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, toPrimary.StatusCode);
        Assert.Equal("sari@sd.belajar.id", h.Emulator.FindUser("sari@sd.belajar.id")!.PrimaryEmail);
        Assert.Equal(2, h.Emulator.Users.Count);
    }

    [Fact]
    public async Task Deleting_a_renamed_user_frees_its_old_address()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("dewi", "pd-1", domain: "sd.belajar.id"), default);
        await h.Gateway.PatchUserAsync("dewi@sd.belajar.id", new User { PrimaryEmail = "dewi@smp.belajar.id" }, default);

        Assert.True(await h.Gateway.DeleteUserAsync("dewi@sd.belajar.id", default));

        Assert.Null(h.Emulator.FindUser("dewi@sd.belajar.id"));
        Assert.Equal(CreateUserOutcome.Created, (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("dewi", "pd-2", domain: "sd.belajar.id"), default)).Outcome);
    }
}
