namespace Belajar.Directory.Tests;

public sealed class OrgUnitAndRoleTests
{
    [Fact]
    public async Task EnsureOrgUnit_creates_missing_parents_once()
    {
        await using var h = await DirectoryHarness.StartAsync();

        await h.Gateway.EnsureOrgUnitAsync("/wilayah/010000/sekolah", default);
        var callsAfterFirst = h.Emulator.Stats.Calls;
        await h.Gateway.EnsureOrgUnitAsync("/wilayah/010000/sekolah", default);
        await h.Gateway.EnsureOrgUnitAsync("/wilayah/010000", default);

        Assert.Equal(3, callsAfterFirst);
        Assert.Equal(3, h.Emulator.Stats.Calls);
        var unit = (await h.Gateway.GetOrgUnitAsync("/wilayah/010000/sekolah", default))!;
        Assert.Equal("sekolah", unit.Name);
        Assert.Equal("/wilayah/010000", unit.ParentOrgUnitPath);
        Assert.Null(await h.Gateway.GetOrgUnitAsync("/tidak/ada", default));
    }

    [Fact]
    public async Task A_second_gateway_treats_existing_org_units_as_created()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.EnsureOrgUnitAsync("/a/b", default);
        var other = new DirectoryGateway(h.Service, h.Options, new ImmediateTimeProvider());

        await other.EnsureOrgUnitAsync("/a/b/c", default);

        Assert.NotNull(await h.Gateway.GetOrgUnitAsync("/a/b/c", default));
    }

    [Fact]
    public async Task Orgunits_list_returns_descendants()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.EnsureOrgUnitAsync("/a/b/c", default);

        var all = await h.Service.Orgunits.List("my_customer").ExecuteAsync();
        var children = h.Service.Orgunits.List("my_customer");
        children.Type = "children";
        var top = await children.ExecuteAsync();

        Assert.Equal(["/a", "/a/b", "/a/b/c"], all.OrganizationUnits!.Select(o => o.OrgUnitPath));
        Assert.Equal(["/a"], top.OrganizationUnits!.Select(o => o.OrgUnitPath));
    }

    [Fact]
    public async Task AssignRole_gives_a_delegated_admin_role_scoped_to_an_org_unit_once()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.EnsureOrgUnitAsync("/wilayah/010000", default);
        var unit = (await h.Gateway.GetOrgUnitAsync("/wilayah/010000", default))!;
        var admin = (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("admin.wilayah", "adm-1"), default)).User!;
        var roles = await h.Gateway.ListRolesAsync(default);
        var roleId = roles.Single(r => r.RoleName == "_USER_MANAGEMENT_ADMIN_ROLE").RoleId!;

        var first = await h.Gateway.AssignRoleAsync(roleId, admin.Id!, unit.OrgUnitId!, default);
        var second = await h.Gateway.AssignRoleAsync(roleId, admin.Id!, unit.OrgUnitId!, default);

        Assert.Equal("ORG_UNIT", first.ScopeType);
        Assert.Equal(unit.OrgUnitId, first.OrgUnitId);
        Assert.Equal(first.RoleAssignmentId, second.RoleAssignmentId);
        Assert.Single(h.Emulator.Store.Assignments);
        Assert.True((await h.Gateway.GetUserAsync(admin.Id!, default))!.IsDelegatedAdmin);
    }
}
