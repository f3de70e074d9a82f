using Belajar.Domain;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;

namespace Belajar.Grains.Schools;

/// <summary>
/// Counts a school's funnel from its accounts. The stages are cumulative, as a funnel reads: created ⊇ distributed ⊇ signed in
/// ⊇ activated, each counting the accounts that reached that stage, wherever they are now. So an account downloaded and later
/// deactivated still counts as created and distributed; one that signed in counts as distributed even if its password reached
/// the person another way (a reset). <c>Deactivated</c> and <c>Failed</c> are outcomes, counted by current status.
/// </summary>
public static class SchoolCounters
{
    public static FunnelCounters Of(IEnumerable<AccountRecord> accounts)
    {
        long eligible = 0, created = 0, distributed = 0, signedIn = 0, activated = 0, deactivated = 0, failed = 0;
        foreach (var view in accounts.Select(a => a.View))
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

    public static bool IsOfKind(AccountRole role, AccountKind kind) => kind switch
    {
        AccountKind.PesertaDidik => role == AccountRole.PesertaDidik,
        AccountKind.Ptk => role == AccountRole.Guru,
        AccountKind.Admin => role is AccountRole.KepalaSekolah or AccountRole.Operator,
        _ => false,
    };
}
