using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>A user's name: given and family name of 1–60 characters each.</summary>
public sealed class UserName
{
    /// <summary>The given (first) name.</summary>
    [JsonProperty("givenName")] public string? GivenName { get; set; }

    /// <summary>The family (last) name.</summary>
    [JsonProperty("familyName")] public string? FamilyName { get; set; }

    /// <summary>Output only: given and family name joined.</summary>
    [JsonProperty("fullName")] public string? FullName { get; set; }
}
