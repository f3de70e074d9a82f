namespace Belajar.Directory.Tests;

/// <summary>
/// A PTK who is also the school's operator has two users (teacher's and admin's domain) with the same Dapodik id; the external
/// ids differ by custom type. The idempotent read-back must find the user of the role being created, never the other one.
/// </summary>
public sealed class DualRoleTests
{
    private const string PtkId = "5f0c1d2e-0000-4000-8000-00000000d0a1";

    [Fact]
    public async Task Find_by_external_id_skips_a_user_with_the_same_value_but_another_custom_type()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var teacher = await h.Gateway.CreateUserAsync(Ptk("budi2", "guru.sd.belajar.id", "dapodik-guru"), default);
        var admin = await h.Gateway.CreateUserAsync(Ptk("budi", "admin.sd.belajar.id", "dapodik-adm"), default);

        var found = await h.Gateway.FindUserByExternalIdAsync(Id("dapodik-adm"), default);

        Assert.Equal(admin.User!.Id, found!.Id);
        Assert.Equal(teacher.User!.Id, (await h.Gateway.FindUserByExternalIdAsync(Id("dapodik-guru"), default))!.Id);
        Assert.Null(await h.Gateway.FindUserByExternalIdAsync(Id("dapodik-pd"), default));
    }

    [Fact]
    public async Task A_lost_insert_whose_address_reads_404_adopts_the_operators_own_user_not_the_teachers()
    {
        await using var h = await DirectoryHarness.StartAsync();
        // The teacher's user sorts first in a search by the Dapodik id ("budi2@guru..." < "budi@admin...").
        var teacher = await h.Gateway.CreateUserAsync(Ptk("budi2", "guru.sd.belajar.id", "dapodik-guru"), default);
        h.Emulator.Faults.ConflictAfterInsert.FailNext(1);
        h.Emulator.Faults.NotFoundAfterInsert.FailNext(1);

        var result = await h.Gateway.CreateUserAsync(Ptk("budi", "admin.sd.belajar.id", "dapodik-adm"), default);

        Assert.Equal(CreateUserOutcome.Adopted, result.Outcome);
        var operatorUser = h.Emulator.FindUser("budi@admin.sd.belajar.id")!;
        Assert.Equal(operatorUser.Id, result.User!.Id);
        Assert.NotEqual(teacher.User!.Id, result.User.Id);
        Assert.Equal(2, h.Emulator.Users.Count);
        Assert.Equal(0, h.Emulator.Faults.NotFoundAfterInsert.Next);
    }

    [Fact]
    public async Task A_retried_create_adopts_a_user_written_before_role_typed_ids_at_its_own_address()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var legacy = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("budi", PtkId, domain: "guru.sd.belajar.id"), default);

        var result = await h.Gateway.CreateUserAsync(Ptk("budi", "guru.sd.belajar.id", "dapodik-guru"), default);

        Assert.Equal(CreateUserOutcome.Adopted, result.Outcome);
        Assert.Equal(legacy.User!.Id, result.User!.Id);
        Assert.Single(h.Emulator.Users);
    }

    private static UserExternalId Id(string customType) => new() { Type = "custom", CustomType = customType, Value = PtkId };

    private static User Ptk(string local, string domain, string customType)
    {
        var user = DirectoryHarness.NewUser(local, PtkId, domain: domain);
        user.ExternalIds = [Id(customType)];
        return user;
    }
}
