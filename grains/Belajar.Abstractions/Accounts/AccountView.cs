using Belajar.Dapodik;

namespace Belajar.Abstractions.Accounts;

/// <summary>An account as operators and dashboards see it: never the password.</summary>
[GenerateSerializer, Immutable, Alias("belajar.AccountView")]
public sealed record AccountView(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] AccountRole Role,
    [property: Id(2)] Jenjang Jenjang,
    [property: Id(3)] string Npsn,
    [property: Id(4)] string Nama,
    [property: Id(5)] string? NisnNuptk,
    [property: Id(6)] int? Tingkat,
    [property: Id(7)] string? Rombel,
    [property: Id(8)] string? UserId,
    [property: Id(9)] AccountStatus Status,
    [property: Id(10)] string? FailureReason,
    [property: Id(11)] DateTimeOffset? CreatedAt,
    [property: Id(12)] DateTimeOffset? LastSignInAt,
    [property: Id(13)] string? GoogleUserId);

/// <summary>One row of the operator's download: the view plus the initial password while the account has one.</summary>
[GenerateSerializer, Immutable, Alias("belajar.AccountCredentialRow")]
public sealed record AccountCredentialRow(
    [property: Id(0)] AccountView Account,
    [property: Id(1)] string? InitialPassword);
