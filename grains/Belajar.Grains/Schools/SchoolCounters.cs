using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;

namespace Belajar.Grains.Schools;

/// <summary>Counts a school's funnel from its accounts.</summary>
public static class SchoolCounters
{
    public static FunnelCounters Of(IEnumerable<AccountRecord> accounts)
    {
        long eligible = 0, created = 0, distributed = 0, signedIn = 0, activated = 0, deactivated = 0, failed = 0;
        foreach (var view in accounts.Select(a => a.View))
        {
            eligible++;
            created += view.Status is AccountStatus.Created or AccountStatus.Distributed or AccountStatus.Activated or AccountStatus.Deactivated ? 1 : 0;
            distributed += view.Status is AccountStatus.Distributed or AccountStatus.Activated ? 1 : 0;
            signedIn += view.LastSignInAt is not null ? 1 : 0;
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
