using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>One page of <c>roleAssignments.list</c>.</summary>
public sealed class RoleAssignmentsPage : IDirectResponseSchema
{
    /// <summary>The assignments of this page.</summary>
    [JsonProperty("items")] public IList<RoleAssignment>? Items { get; set; }

    /// <summary>The token of the next page; absent on the last page.</summary>
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }

    /// <summary><c>admin#directory#roleAssignments</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}
