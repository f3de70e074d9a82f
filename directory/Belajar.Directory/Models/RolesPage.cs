using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>One page of <c>roles.list</c>.</summary>
public sealed class RolesPage : IDirectResponseSchema
{
    /// <summary>The roles of this page.</summary>
    [JsonProperty("items")] public IList<Role>? Items { get; set; }

    /// <summary>The token of the next page; absent on the last page.</summary>
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }

    /// <summary><c>admin#directory#roles</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}
