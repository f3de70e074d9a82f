using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Domain;

namespace Belajar.Api.Schools;

/// <summary>
/// Where an account is, as the operator's pages name it: the account's status, with "signed-in" for one that has signed in to
/// Google but is not activated yet. The funnel's counting rule is the school grain's
/// (<c>grains/Belajar.Grains/Schools/SchoolCounters.cs</c>): stages are cumulative, deactivated and failed are current status.
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

    /// <summary>The kind of an account: <c>peserta-didik</c>, <c>ptk</c> or <c>admin</c>.</summary>
    public static AccountKind KindOf(AccountRole role) => role switch
    {
        AccountRole.PesertaDidik => AccountKind.PesertaDidik,
        AccountRole.Guru => AccountKind.Ptk,
        _ => AccountKind.Admin,
    };

    /// <summary>The funnel of <paramref name="accounts"/>, counted as the school grain counts it.</summary>
    public static FunnelCounters Count(IEnumerable<AccountView> accounts)
    {
        long eligible = 0, created = 0, distributed = 0, signedIn = 0, activated = 0, deactivated = 0, failed = 0;
        foreach (var view in accounts)
        {
            eligible++;
            created += view.Status is AccountStatus.Created or AccountStatus.Distributed or AccountStatus.Activated or AccountStatus.Deactivated ? 1 : 0;
            var signedInNow = view.LastSignInAt is not null || view.Status == AccountStatus.Activated;
            distributed += view.WasDistributed || view.Status == AccountStatus.Distributed || signedInNow ? 1 : 0;
            signedIn += signedInNow ? 1 : 0;
            activated += view.Status == AccountStatus.Activated ? 1 : 0;
            deactivated += view.Status == AccountStatus.Deactivated ? 1 : 0;
            failed += view.Status == AccountStatus.Failed ? 1 : 0;
        }

        return new FunnelCounters(eligible, created, distributed, signedIn, activated, deactivated, failed);
    }

    /// <summary>True while an account still has an initial password the operator may replace.</summary>
    public static bool CanReset(AccountView account) =>
        account.UserId is not null && account.Status is AccountStatus.Created or AccountStatus.Distributed;
}
