namespace Belajar.Directory.Emulator;

/// <summary>orgunits: get, insert, list; roles and role assignments.</summary>
public sealed partial class DirectoryApi
{
    private ApiResult GetOrgUnit(string pathOrId)
    {
        var unit = store.FindOrgUnit(pathOrId);
        return unit is null
            ? GoogleErrors.NotFound("orgunit")
            : GoogleErrors.Json(unit.ToResource(), EmulatorJsonContext.Default.OrgUnitResource);
    }

    private ApiResult InsertOrgUnit(ApiCall call)
    {
        var input = Read(call, EmulatorJsonContext.Default.OrgUnitResource);
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Contains('/'))
        {
            return GoogleErrors.Required("Invalid Ou Name: name is required and may not contain '/'");
        }

        var parent = input.ParentOrgUnitId is { } parentId ? store.FindOrgUnit(parentId) : store.FindOrgUnit(input.ParentOrgUnitPath ?? "/");
        if (parent is null)
        {
            return GoogleErrors.Invalid("Invalid Parent Orgunit Id");
        }

        var path = parent.Path == "/" ? "/" + input.Name : parent.Path + "/" + input.Name;
        var unit = new OrgUnitRecord("id:" + store.NewId()[^12..], path, input.Name, input.Description, parent.Path, parent.Id);
        return store.TryAddOrgUnit(unit)
            ? GoogleErrors.Json(unit.ToResource(), EmulatorJsonContext.Default.OrgUnitResource)
            : GoogleErrors.Duplicate();
    }

    private ApiResult ListOrgUnits(ApiCall call)
    {
        var root = store.FindOrgUnit(call.Param("orgUnitPath") ?? "/");
        if (root is null)
        {
            return GoogleErrors.NotFound("orgunit");
        }

        var childrenOnly = call.Param("type") == "children";
        var prefix = root.Path == "/" ? "/" : root.Path + "/";
        var units = store.OrgUnits
            .Where(u => u.Path != root.Path && u.Path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (!childrenOnly || u.ParentPath == root.Path))
            .OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => u.ToResource())
            .ToList();
        return GoogleErrors.Json(new OrgUnitsListResource { OrganizationUnits = units }, EmulatorJsonContext.Default.OrgUnitsListResource);
    }

    private ApiResult ListRoles() => GoogleErrors.Json(
        new ItemsResource<RoleResource> { Kind = "admin#directory#roles", Items = [.. store.Roles] },
        EmulatorJsonContext.Default.ItemsResourceRoleResource);

    private ApiResult InsertAssignment(ApiCall call)
    {
        var input = Read(call, EmulatorJsonContext.Default.RoleAssignmentResource);
        if (input.RoleId is null || store.Roles.All(r => r.RoleId != input.RoleId))
        {
            return GoogleErrors.Invalid("Invalid Input: roleId");
        }

        if (input.AssignedTo is null || store.Find(input.AssignedTo) is not { } user)
        {
            return GoogleErrors.Invalid("Invalid Input: assignedTo (a user id)");
        }

        var scope = input.ScopeType ?? "CUSTOMER";
        if (scope == "ORG_UNIT" && (input.OrgUnitId is null || store.FindOrgUnit(input.OrgUnitId.StartsWith("id:", StringComparison.Ordinal) ? input.OrgUnitId : "id:" + input.OrgUnitId) is null))
        {
            return GoogleErrors.Invalid("Invalid Input: orgUnitId");
        }

        if (scope is not ("ORG_UNIT" or "CUSTOMER"))
        {
            return GoogleErrors.Invalid("Invalid Input: scopeType (CUSTOMER or ORG_UNIT)");
        }

        var record = store.TryAssign(input.RoleId, user.Id, scope, scope == "ORG_UNIT" ? input.OrgUnitId : null);
        return record is null
            ? GoogleErrors.Duplicate()
            : GoogleErrors.Json(record.ToResource(), EmulatorJsonContext.Default.RoleAssignmentResource);
    }

    private ApiResult ListAssignments(ApiCall call)
    {
        var roleId = call.Param("roleId");
        var userId = call.Param("userKey") is { } key ? store.Find(key)?.Id ?? "-" : null;
        var items = store.Assignments
            .Where(a => (roleId is null || a.RoleId == roleId) && (userId is null || a.AssignedTo == userId))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => a.ToResource())
            .ToList();
        return GoogleErrors.Json(
            new ItemsResource<RoleAssignmentResource> { Kind = "admin#directory#roleAssignments", Items = items },
            EmulatorJsonContext.Default.ItemsResourceRoleAssignmentResource);
    }
}
