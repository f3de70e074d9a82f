using System.Net;
using System.Text.Json.Nodes;

namespace Belajar.Directory.Tests;

/// <summary>The scenario of <c>Conformance/conformance.mjs</c>, step by step, through the project's own client.</summary>
public static class ProjectClientScenario
{
    /// <summary>Runs it with addresses starting with <paramref name="prefix"/>; the results shaped as the Node script prints them.</summary>
    public static async Task<JsonObject> RunAsync(DirectoryHarness h, string prefix, DateTimeOffset start)
    {
        string Address(string local) => $"{prefix}{local}@belajar.id";
        string? Plain(string? email) => email?.Replace(prefix, "", StringComparison.Ordinal);
        var service = h.Service;
        var result = new JsonObject();

        await h.Gateway.EnsureOrgUnitAsync($"/{prefix}sekolah", default);
        var unit = (await h.Gateway.GetOrgUnitAsync($"/{prefix}sekolah", default))!;
        result["orgUnit"] = new JsonObject { ["path"] = Plain(unit.OrgUnitPath), ["parent"] = unit.ParentOrgUnitPath };
        result["roles"] = new JsonArray([.. (await h.Gateway.ListRolesAsync(default)).Select(r => (JsonNode?)r.RoleName)]);

        var inserted = (await h.Gateway.CreateUserAsync(NewUser(Address("a"), "pd-1"), default)).User!;
        await h.Gateway.CreateUserAsync(NewUser(Address("b"), "pd-2"), default);
        result["insert"] = new JsonObject
        {
            ["kind"] = inserted.Kind,
            ["primaryEmail"] = Plain(inserted.PrimaryEmail),
            ["hasId"] = !string.IsNullOrEmpty(inserted.Id),
            ["lastLoginTime"] = inserted.LastLoginTime,
            ["changePasswordAtNextLogin"] = inserted.ChangePasswordAtNextLogin,
            ["orgUnitPath"] = inserted.OrgUnitPath,
            ["externalIds"] = JsonNode.Parse(service.SerializeObject(inserted.ExternalIds)),
        };
        var role = (await h.Gateway.ListRolesAsync(default)).Single(r => r.RoleName == "_USER_MANAGEMENT_ADMIN_ROLE");
        var assignment = await h.Gateway.AssignRoleAsync(role.RoleId!, inserted.Id!, unit.OrgUnitId!, default);
        var listRequest = service.RoleAssignments.List("my_customer");
        listRequest.UserKey = inserted.Id;
        var assignments = await DirectoryCall.ExecuteAsync(listRequest, default);
        result["roleAssignment"] = new JsonObject
        {
            ["scopeType"] = assignment.ScopeType,
            ["toTheUser"] = assignment.AssignedTo == inserted.Id,
            ["inTheUnit"] = assignment.OrgUnitId == unit.OrgUnitId,
            ["listed"] = new JsonArray([.. assignments.Items!.Select(a => (JsonNode?)(a.RoleAssignmentId == assignment.RoleAssignmentId))]),
        };
        result["duplicate"] = await FailureAsync(() => DirectoryCall.ExecuteAsync(service.Users.Insert(NewUser(Address("a"), "pd-1")), default));

        var get = service.Users.Get(Address("a"));
        get.Fields = "primaryEmail,name/givenName";
        var partial = await DirectoryCall.ExecuteAsync(get, default);
        partial.PrimaryEmail = Plain(partial.PrimaryEmail);
        result["getPartial"] = JsonNode.Parse(service.SerializeObject(partial));

        result["signIn"] = (int)await h.SignInAsync(Address("a"));

        result["patch"] = new JsonObject { ["suspended"] = (await h.Gateway.PatchUserAsync(Address("a"), new User { Suspended = true }, default)).Suspended };
        var updated = await DirectoryCall.ExecuteAsync(service.Users.Update(new User { Name = new UserName { GivenName = "Sri", FamilyName = "Wahyuni" } }, Address("b")), default);
        result["update"] = new JsonObject { ["givenName"] = updated.Name!.GivenName, ["familyName"] = updated.Name.FamilyName };

        var pages = new JsonArray();
        string? pageToken = null;
        do
        {
            var request = service.Users.List();
            request.Customer = "my_customer";
            request.Query = $"email:{prefix}*";
            request.MaxResults = 1;
            request.PageToken = pageToken;
            request.Fields = "users(primaryEmail,suspended),nextPageToken";
            var page = await DirectoryCall.ExecuteAsync(request, default);
            foreach (var user in page.Users!)
            {
                user.PrimaryEmail = Plain(user.PrimaryEmail);
            }

            pages.Add(new JsonObject { ["users"] = JsonNode.Parse(service.SerializeObject(page.Users)), ["hasNext"] = page.NextPageToken is not null });
            pageToken = page.NextPageToken;
        }
        while (pageToken is not null);
        result["list"] = pages;

        result["deleteStatus"] = await h.Gateway.DeleteUserAsync(Address("b"), default) ? 204 : 404;
        result["getAfterDelete"] = await FailureAsync(() => DirectoryCall.ExecuteAsync(service.Users.Get(Address("b")), default));

        var query = new LoginActivityQuery(start, UserKey: Address("a"), Fields: "id(applicationName),actor(email),events(type,name)");
        var activities = await h.Reports.ListLoginActivitiesAsync(query, default).ToListAsync();
        result["activities"] = new JsonArray([.. activities.Select(a => (JsonNode?)new JsonObject
        {
            ["applicationName"] = a.Id!.ApplicationName,
            ["email"] = Plain(a.Actor!.Email),
            ["events"] = JsonNode.Parse(h.Reports.Service.SerializeObject(a.Events)),
        })]);
        return result;
    }

    private static User NewUser(string address, string externalId)
    {
        var user = DirectoryHarness.NewUser("x", externalId);
        user.PrimaryEmail = address;
        user.Organizations = null;
        return user;
    }

    private static async Task<JsonObject> FailureAsync<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
            return new JsonObject { ["status"] = 200 };
        }
        catch (DirectoryException ex)
        {
            return new JsonObject { ["status"] = (int)ex.StatusCode, ["reason"] = ex.Reason };
        }
    }
}
