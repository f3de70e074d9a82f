using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>One page of <c>users.list</c>.</summary>
public sealed class UsersPage : IDirectResponseSchema
{
    /// <summary>The users of this page (absent when none).</summary>
    [JsonProperty("users")] public IList<User>? Users { get; set; }

    /// <summary>The token of the next page; absent on the last page.</summary>
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }

    /// <summary><c>admin#directory#users</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}
