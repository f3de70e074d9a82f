using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>The Directory API organizational unit resource.</summary>
public sealed class OrgUnit : IDirectResponseSchema
{
    /// <summary>The unit's own name (last path segment).</summary>
    [JsonProperty("name")] public string? Name { get; set; }

    /// <summary>A description.</summary>
    [JsonProperty("description")] public string? Description { get; set; }

    /// <summary>Output only: the full path, e.g. <c>/sekolah/20100001</c>.</summary>
    [JsonProperty("orgUnitPath")] public string? OrgUnitPath { get; set; }

    /// <summary>Output only: the unit's id, e.g. <c>id:03ph8a2z1k2b3c4</c>.</summary>
    [JsonProperty("orgUnitId")] public string? OrgUnitId { get; set; }

    /// <summary>The parent's full path (on insert: where to create the unit).</summary>
    [JsonProperty("parentOrgUnitPath")] public string? ParentOrgUnitPath { get; set; }

    /// <summary>Output only: the parent's id.</summary>
    [JsonProperty("parentOrgUnitId")] public string? ParentOrgUnitId { get; set; }

    /// <summary><c>admin#directory#orgUnit</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}
