using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Schools;

/// <summary>
/// Where an account is, as the operator's pages name it: the account's status, with "signed-in" for one that has signed in to
/// Google but is not activated yet. The funnel's counting rule is <see cref="FunnelCounters.Of"/>: stages are cumulative,
/// deactivated and failed are current status.
/// </summary>
public static class AccountStages
{
    /// <summary>The stage values, in the funnel's order.</summary>
    public static readonly IReadOnlyList<string> All = ["pending", "created", "distributed", "signed-in", "activated", "deactivated", "failed"];

    /// <summary>The stage of one account.</summary>
    public static string Of(AccountView account) => account.Status switch
    {
        AccountStatus.Pending => "pending",
        AccountStatus.Created when account.LastSignInAt is not null => "signed-in",
        AccountStatus.Distributed when account.LastSignInAt is not null => "signed-in",
        AccountStatus.Created => "created",
        AccountStatus.Distributed => "distributed",
        AccountStatus.Activated => "activated",
        AccountStatus.Deactivated => "deactivated",
        AccountStatus.Failed => "failed",
        _ => account.Status.ToString().ToLowerInvariant(),
    };

    /// <summary>True while an account still has an initial password the operator may replace.</summary>
    public static bool CanReset(AccountView account) =>
        account.UserId is not null && account.Status is AccountStatus.Created or AccountStatus.Distributed;
}
