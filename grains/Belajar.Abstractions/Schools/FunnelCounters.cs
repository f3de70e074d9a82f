using Belajar.Abstractions.Accounts;

namespace Belajar.Abstractions.Schools;

/// <summary>The activation funnel of a school, a region or the nation.</summary>
[GenerateSerializer, Immutable, Alias("belajar.FunnelCounters")]
public sealed record FunnelCounters(
    [property: Id(0)] long Eligible,
    [property: Id(1)] long Created,
    [property: Id(2)] long Distributed,
    [property: Id(3)] long SignedIn,
    [property: Id(4)] long Activated,
    [property: Id(5)] long Deactivated,
    [property: Id(6)] long Failed)
{
    public static readonly FunnelCounters Zero = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// The funnel of <paramref name="accounts"/>: the one counting rule of schools, regions, the nation and the operator's pages.
    /// The stages are cumulative, as a funnel reads: created ⊇ distributed ⊇ signed in ⊇ activated, each counting the accounts
    /// that reached that stage, wherever they are now. An account downloaded and later deactivated still counts as created and
    /// distributed; one that signed in counts as distributed even if its password reached the person another way (a reset).
    /// <c>Deactivated</c> and <c>Failed</c> are outcomes, counted by current status.
    /// </summary>
    public static FunnelCounters Of(IEnumerable<AccountView> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
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

    public FunnelCounters Add(FunnelCounters other) => new(
        Eligible + other.Eligible,
        Created + other.Created,
        Distributed + other.Distributed,
        SignedIn + other.SignedIn,
        Activated + other.Activated,
        Deactivated + other.Deactivated,
        Failed + other.Failed);
}
