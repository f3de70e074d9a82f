namespace Belajar.Directory.Emulator;

/// <summary>The names of the Directory API methods, as <c>byMethod</c> in <c>/emulator/stats</c> counts them.</summary>
public static class ApiMethods
{
    /// <summary><c>POST users</c>.</summary>
    public const string UsersInsert = "users.insert";

    /// <summary><c>GET users/{userKey}</c>.</summary>
    public const string UsersGet = "users.get";

    /// <summary><c>PATCH users/{userKey}</c>.</summary>
    public const string UsersPatch = "users.patch";

    /// <summary><c>PUT users/{userKey}</c>.</summary>
    public const string UsersUpdate = "users.update";

    /// <summary><c>DELETE users/{userKey}</c>.</summary>
    public const string UsersDelete = "users.delete";

    /// <summary><c>GET users</c>.</summary>
    public const string UsersList = "users.list";

    /// <summary><c>POST customer/{customer}/orgunits</c>.</summary>
    public const string OrgUnitsInsert = "orgunits.insert";

    /// <summary><c>GET customer/{customer}/orgunits/{path}</c>.</summary>
    public const string OrgUnitsGet = "orgunits.get";

    /// <summary><c>GET customer/{customer}/orgunits</c>.</summary>
    public const string OrgUnitsList = "orgunits.list";

    /// <summary><c>POST customer/{customer}/roleassignments</c>.</summary>
    public const string RoleAssignmentsInsert = "roleAssignments.insert";

    /// <summary><c>GET customer/{customer}/roleassignments</c>.</summary>
    public const string RoleAssignmentsList = "roleAssignments.list";

    /// <summary><c>GET customer/{customer}/roles</c>.</summary>
    public const string RolesList = "roles.list";

    /// <summary>Reports API <c>GET activity/users/{userKey}/applications/{applicationName}</c> (counted against the Reports quota).</summary>
    public const string ActivitiesList = "activities.list";

    /// <summary>A call no method answers (unknown path or HTTP method); counted so that the counts add up to the calls.</summary>
    public const string Other = "other";

    /// <summary>Every method, in the order the statistics list them (<see cref="Other"/> is listed only once it occurs).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        UsersInsert, UsersGet, UsersPatch, UsersUpdate, UsersDelete, UsersList, OrgUnitsInsert, OrgUnitsGet, OrgUnitsList, RoleAssignmentsInsert, RoleAssignmentsList, RolesList, ActivitiesList,
    ];
}
