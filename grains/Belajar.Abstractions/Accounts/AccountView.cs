using System.Text;
using Belajar.Domain;

namespace Belajar.Abstractions.Accounts;

/// <summary>An account as operators and dashboards see it: never the password.</summary>
/// <param name="WasDistributed">
/// True once its initial password has been downloaded, and still true after the account is activated or deactivated
/// (<see cref="Status"/> only says where it is now). Added later: stored views without it read as false.
/// </param>
/// <param name="PreviousUserId">
/// The address before the learner moved to a school of another jenjang (the account got the new domain's address; Google keeps
/// the old one as an alias); null when the address never changed.
/// </param>
/// <param name="ReactivatedAt">When the account was last reactivated (its deadline counts from then instead of <paramref name="CreatedAt"/>); null when never.</param>
/// <param name="FailureCode">The short code of <paramref name="FailureReason"/> (e.g. <c>google-403-forbidden</c>, <c>data</c>), to count by.</param>
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
    [property: Id(13)] string? GoogleUserId,
    [property: Id(14)] bool WasDistributed = false,
    [property: Id(15)] string? FailureCode = null,
    [property: Id(20)] string? PreviousUserId = null,
    [property: Id(16)] DateTimeOffset? ReactivatedAt = null);

/// <summary>One row of the operator's download: the view plus the initial password while the account has one.</summary>
[GenerateSerializer, Immutable, Alias("belajar.AccountCredentialRow")]
public sealed record AccountCredentialRow(
    [property: Id(0)] AccountView Account,
    [property: Id(1)] string? InitialPassword)
{
    /// <summary>Without the password: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Account = ").Append(Account).Append(", InitialPassword = ").Append(InitialPassword is null ? "null" : "***");
        return true;
    }
}

