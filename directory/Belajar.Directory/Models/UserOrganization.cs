using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>An organization of a user (the school).</summary>
public sealed class UserOrganization
{
    /// <summary>The organization's name.</summary>
    [JsonProperty("name")] public string? Name { get; set; }

    /// <summary>The user's title there.</summary>
    [JsonProperty("title")] public string? Title { get; set; }

    /// <summary>The department.</summary>
    [JsonProperty("department")] public string? Department { get; set; }

    /// <summary>The cost center (the school's NPSN).</summary>
    [JsonProperty("costCenter")] public string? CostCenter { get; set; }

    /// <summary>A description.</summary>
    [JsonProperty("description")] public string? Description { get; set; }

    /// <summary>Whether this is the primary organization.</summary>
    [JsonProperty("primary")] public bool? Primary { get; set; }
}
