namespace Belajar.Directory.Emulator;

/// <summary>An org unit the emulator holds.</summary>
public sealed record OrgUnitRecord(string Id, string Path, string Name, string? Description, string? ParentPath, string? ParentId)
{
    /// <summary>The API resource.</summary>
    public OrgUnitResource ToResource() => new()
    {
        Kind = "admin#directory#orgUnit",
        Name = Name,
        Description = Description,
        OrgUnitPath = Path,
        OrgUnitId = Id,
        ParentOrgUnitPath = ParentPath,
        ParentOrgUnitId = ParentId,
    };
}

/// <summary>A role assignment the emulator holds.</summary>
public sealed record RoleAssignmentRecord(string Id, string RoleId, string AssignedTo, string ScopeType, string? OrgUnitId)
{
    /// <summary>The API resource.</summary>
    public RoleAssignmentResource ToResource() => new()
    {
        Kind = "admin#directory#roleAssignment",
        RoleAssignmentId = Id,
        RoleId = RoleId,
        AssignedTo = AssignedTo,
        AssigneeType = "user",
        ScopeType = ScopeType,
        OrgUnitId = OrgUnitId,
    };
}
