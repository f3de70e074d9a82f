using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Belajar.LocalServices;

/// <summary>Membership timings for tests: a killed silo is declared dead within seconds, not minutes.</summary>
public static class FastMembership
{
    /// <summary>Shortens probing, voting and table refresh periods.</summary>
    public static void Configure(IServiceCollection services) =>
        services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.NumProbedSilos = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
            o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
            o.ExtendProbeTimeoutDuringDegradation = false;
        });
}
