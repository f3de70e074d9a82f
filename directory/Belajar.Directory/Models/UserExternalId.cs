using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>An external id of a user: <c>{"value","type","customType"}</c>.</summary>
public sealed class UserExternalId
{
    /// <summary>The id.</summary>
    [JsonProperty("value")] public string? Value { get; set; }

    /// <summary><c>account</c>, <c>organization</c>, <c>custom</c>, ...</summary>
    [JsonProperty("type")] public string? Type { get; set; }

    /// <summary>The name of the custom type when <see cref="Type"/> is <c>custom</c>.</summary>
    [JsonProperty("customType")] public string? CustomType { get; set; }
}
