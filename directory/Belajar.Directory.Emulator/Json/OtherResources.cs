namespace Belajar.Directory.Emulator;

/// <summary>One page of users.</summary>
public sealed class UsersListResource
{
    public string Kind { get; set; } = "admin#directory#users";
    public List<UserResource>? Users { get; set; }
    public string? NextPageToken { get; set; }
}

/// <summary>An organizational unit.</summary>
public sealed class OrgUnitResource
{
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? OrgUnitPath { get; set; }
    public string? OrgUnitId { get; set; }
    public string? ParentOrgUnitPath { get; set; }
    public string? ParentOrgUnitId { get; set; }
}

/// <summary>The answer of orgunits.list.</summary>
public sealed class OrgUnitsListResource
{
    public string Kind { get; set; } = "admin#directory#orgUnits";
    public List<OrgUnitResource>? OrganizationUnits { get; set; }
}

/// <summary>A role assignment.</summary>
public sealed class RoleAssignmentResource
{
    public string? Kind { get; set; }
    public string? RoleAssignmentId { get; set; }
    public string? RoleId { get; set; }
    public string? AssignedTo { get; set; }
    public string? AssigneeType { get; set; }
    public string? ScopeType { get; set; }
    public string? OrgUnitId { get; set; }
}

/// <summary>A role.</summary>
public sealed class RoleResource
{
    public string Kind { get; set; } = "admin#directory#role";
    public string? RoleId { get; set; }
    public string? RoleName { get; set; }
    public string? RoleDescription { get; set; }
    public bool IsSystemRole { get; set; }
    public bool IsSuperAdminRole { get; set; }
}

/// <summary>A page of role assignments or roles.</summary>
public sealed class ItemsResource<T>
{
    public string? Kind { get; set; }
    public List<T>? Items { get; set; }
    public string? NextPageToken { get; set; }
}

/// <summary>Google's error envelope: <c>{"error":{"code","message","errors":[{"domain","reason","message"}],"status"}}</c>.</summary>
public sealed class ErrorEnvelope
{
    public ErrorBody? Error { get; set; }
}

/// <summary>The body of Google's error.</summary>
public sealed class ErrorBody
{
    public int Code { get; set; }
    public string? Message { get; set; }
    public List<ErrorItem>? Errors { get; set; }
    public string? Status { get; set; }
}

/// <summary>One item of Google's error.</summary>
public sealed class ErrorItem
{
    public string? Message { get; set; }
    public string? Domain { get; set; }
    public string? Reason { get; set; }
    public string? Location { get; set; }
    public string? LocationType { get; set; }
}

/// <summary>The body of <c>POST /emulator/signin</c>.</summary>
public sealed class SignInRequest
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? NewPassword { get; set; }
    public bool AcceptTerms { get; set; }
}
