using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>The Directory API role resource (the subset this project uses).</summary>
public sealed class Role : IDirectResponseSchema
{
    /// <summary>The role's id.</summary>
    [JsonProperty("roleId")] public string? RoleId { get; set; }

    /// <summary>The role's name, e.g. <c>_USER_MANAGEMENT_ADMIN_ROLE</c>.</summary>
    [JsonProperty("roleName")] public string? RoleName { get; set; }

    /// <summary>A description.</summary>
    [JsonProperty("roleDescription")] public string? RoleDescription { get; set; }

    /// <summary>Whether Google defines the role.</summary>
    [JsonProperty("isSystemRole")] public bool? IsSystemRole { get; set; }

    /// <summary>Whether the role is the super admin role.</summary>
    [JsonProperty("isSuperAdminRole")] public bool? IsSuperAdminRole { get; set; }

    /// <summary><c>admin#directory#role</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}
