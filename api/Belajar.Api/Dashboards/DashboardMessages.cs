using Belajar.Abstractions.Quota;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Dashboards;

/// <summary>
/// What <c>GET /api/v1/dashboards/ops</c> answers: runs, national funnel, quota, cluster health, whether the deactivation
/// window fits the quota (the last silo start-up check; null when no silo has reported), and the running run's ETA from the
/// national planner (null when none runs).
/// </summary>
public sealed record OpsOverview(
    IReadOnlyList<RunStatus> Runs,
    RegionStats National,
    QuotaView Quota,
    IReadOnlyList<QuotaSample> QuotaHistory,
    ClusterView Cluster,
    DeactivationWindowReport? DeactivationWindow,
    RunPlanView? Plan = null);

/// <summary>
/// The Directory quota now: the budget per minute, the permits handed out in the current window, and per class of calls its
/// guaranteed share and its use in the last minute (from the silos' reports; empty before the first).
/// </summary>
public sealed record QuotaView(int QueriesPerMinute, int InWindow, IReadOnlyList<string> ActiveSilos, IReadOnlyList<QuotaClassUse> Classes);

/// <summary>One sample of the quota over time: permits handed out in the window and Directory calls answered "throttled" so far.</summary>
public sealed record QuotaSample(DateTimeOffset At, int InWindow, long Throttled, long Calls);

/// <summary>Cluster health: active silos and activations per grain type.</summary>
public sealed record ClusterView(IReadOnlyList<SiloView> Silos, IReadOnlyList<GrainTypeView> Activations);

/// <summary>One silo of the cluster.</summary>
public sealed record SiloView(string Address, string Status);

/// <summary>Activations of one grain type over the cluster.</summary>
public sealed record GrainTypeView(string GrainType, int Activations);

/// <summary>
/// What <c>GET /api/v1/dashboards/regions/{kodeWilayah}</c> answers: the region's funnel and its children, furthest behind first,
/// and the schools furthest behind in the whole region (a province: across its kabupaten/kota; at most
/// <see cref="RegionRanking.SchoolsBehindCount"/>; empty for the nation).
/// </summary>
public sealed record RegionView(string KodeWilayah, string Name, FunnelCounters Counters, IReadOnlyList<RankedChild> Children)
{
    /// <summary>The region's schools furthest behind first.</summary>
    public IReadOnlyList<RankedChild> SchoolsBehind { get; init; } = [];
}

/// <summary>A child (region or school) with its activation share (activated / eligible, 0..1).</summary>
public sealed record RankedChild(string Key, string Name, bool IsSchool, FunnelCounters Counters, double Activation);
