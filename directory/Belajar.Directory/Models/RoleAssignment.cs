using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>The Directory API role assignment resource (a delegated admin role given to a user, maybe limited to an org unit).</summary>
public sealed class RoleAssignment : IDirectResponseSchema
{
    /// <summary>Output only: the assignment's id.</summary>
    [JsonProperty("roleAssignmentId")] public string? RoleAssignmentId { get; set; }

    /// <summary>The role's id.</summary>
    [JsonProperty("roleId")] public string? RoleId { get; set; }

    /// <summary>The user id the role is given to.</summary>
    [JsonProperty("assignedTo")] public string? AssignedTo { get; set; }

    /// <summary><c>CUSTOMER</c> or <c>ORG_UNIT</c>.</summary>
    [JsonProperty("scopeType")] public string? ScopeType { get; set; }

    /// <summary>The org unit id when <see cref="ScopeType"/> is <c>ORG_UNIT</c>.</summary>
    [JsonProperty("orgUnitId")] public string? OrgUnitId { get; set; }

    /// <summary>Output only: <c>user</c> or <c>group</c>.</summary>
    [JsonProperty("assigneeType")] public string? AssigneeType { get; set; }

    /// <summary><c>admin#directory#roleAssignment</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}
