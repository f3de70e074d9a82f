using Belajar.Directory;
using Belajar.Domain.Planning;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;

namespace Belajar.DevHost;

/// <summary>
/// The <see cref="PlanInput"/> of <c>plan</c> with the settings' own defaults: <see cref="LifecycleOptions"/>,
/// <see cref="DirectoryOptions"/> and <see cref="QuotaSharesOptions"/> as a deployment gets them without configuration.
/// </summary>
public static class PlanDefaults
{
    /// <summary>The plan of <paramref name="accounts"/> in <paramref name="schools"/> at <paramref name="queriesPerMinute"/>.</summary>
    public static PlanInput Input(long accounts, long schools, int queriesPerMinute, DateTimeOffset start, DateTimeOffset deadline)
    {
        var lifecycle = new LifecycleOptions();
        return new PlanInput
        {
            Accounts = accounts,
            Schools = schools,
            QueriesPerMinute = queriesPerMinute,
            Start = start,
            Deadline = deadline,
            SyncPeriod = lifecycle.SyncPeriod,
            SyncMaxPeriod = lifecycle.SyncMaxPeriod,
            PageSize = new DirectoryOptions().PageSize,
            SignInsFromActivities = lifecycle.SignInDiscovery == SignInDiscoveryMode.Activities,
            SignInDiscoveryPeriod = lifecycle.SignInDiscoveryPeriod,
            SyncAfterDeadline = lifecycle.SyncAfterDeadline,
            DeadlineSyncDelay = lifecycle.DeadlineSyncDelay,
            DeadlineStatusMaxAge = lifecycle.DeadlineStatusMaxAge,
            DeactivationWindow = lifecycle.DeactivationWindow,
            BulkShare = new QuotaSharesOptions().Bulk / 100.0,
        };
    }
}
