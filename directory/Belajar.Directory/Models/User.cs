using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>
/// The Directory API user resource (the subset this project uses). Every property is optional so that the same type
/// serves as an insert body, a patch body (only set properties are sent) and a response.
/// </summary>
public sealed class User : IDirectResponseSchema
{
    /// <summary>Output only: Google's unique id of the user.</summary>
    [JsonProperty("id")] public string? Id { get; set; }

    /// <summary>The user's primary address; unique in the account.</summary>
    [JsonProperty("primaryEmail")] public string? PrimaryEmail { get; set; }

    /// <summary>Output only: the user's other addresses (Google keeps the old primary address as one when it changes).</summary>
    [JsonProperty("aliases")] public IList<string>? Aliases { get; set; }

    /// <summary>Given and family name.</summary>
    [JsonProperty("name")] public UserName? Name { get; set; }

    /// <summary>Write only: the password, plain (8–100 ASCII characters) or hashed as <see cref="HashFunction"/> says.</summary>
    [JsonProperty("password")] public string? Password { get; set; }

    /// <summary>Write only: <c>crypt</c>, <c>MD5</c> or <c>SHA-1</c> when <see cref="Password"/> is a hash.</summary>
    [JsonProperty("hashFunction")] public string? HashFunction { get; set; }

    /// <summary>Whether the user must change the password at the next sign-in.</summary>
    [JsonProperty("changePasswordAtNextLogin")] public bool? ChangePasswordAtNextLogin { get; set; }

    /// <summary>Whether the user is suspended.</summary>
    [JsonProperty("suspended")] public bool? Suspended { get; set; }

    /// <summary>Output only: why the user is suspended.</summary>
    [JsonProperty("suspensionReason")] public string? SuspensionReason { get; set; }

    /// <summary>The full path of the user's organizational unit, e.g. <c>/sekolah/20100001</c>.</summary>
    [JsonProperty("orgUnitPath")] public string? OrgUnitPath { get; set; }

    /// <summary>External ids (the Dapodik id, with type <c>custom</c> and a custom type per role, e.g. <c>dapodik-guru</c>).</summary>
    [JsonProperty("externalIds")] public IList<UserExternalId>? ExternalIds { get; set; }

    /// <summary>Organizations (the school, with its NPSN as cost center).</summary>
    [JsonProperty("organizations")] public IList<UserOrganization>? Organizations { get; set; }

    /// <summary>Output only: when the user was created (RFC 3339).</summary>
    [JsonProperty("creationTime")] public string? CreationTime { get; set; }

    /// <summary>Output only: last sign-in (RFC 3339); <c>1970-01-01T00:00:00.000Z</c> when never.</summary>
    [JsonProperty("lastLoginTime")] public string? LastLoginTime { get; set; }

    /// <summary>Output only: whether the user accepted the terms of service.</summary>
    [JsonProperty("agreedToTerms")] public bool? AgreedToTerms { get; set; }

    /// <summary>Output only: whether the user is a super administrator.</summary>
    [JsonProperty("isAdmin")] public bool? IsAdmin { get; set; }

    /// <summary>Output only: whether the user is a delegated administrator.</summary>
    [JsonProperty("isDelegatedAdmin")] public bool? IsDelegatedAdmin { get; set; }

    /// <summary>Output only: the customer id of the account.</summary>
    [JsonProperty("customerId")] public string? CustomerId { get; set; }

    /// <summary>Output only: <c>admin#directory#user</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }

    /// <summary>The value of the first external id of <paramref name="type"/> (or custom type), if any.</summary>
    public string? ExternalId(string type) =>
        ExternalIds?.FirstOrDefault(e => string.Equals(e.Type, type, StringComparison.Ordinal)
            || string.Equals(e.CustomType, type, StringComparison.Ordinal))?.Value;
}
