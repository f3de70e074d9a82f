using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>The answer of <c>orgunits.list</c>.</summary>
public sealed class OrgUnitsPage : IDirectResponseSchema
{
    /// <summary>The units found.</summary>
    [JsonProperty("organizationUnits")] public IList<OrgUnit>? OrganizationUnits { get; set; }

    /// <summary><c>admin#directory#orgUnits</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}
