using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Stats;

/// <summary>The activation funnel of a school, a region or the nation, with its children's (<c>GET /api/v1/stats</c> and <c>GET /api/v1/regions/{kodeWilayah}/stats</c>).</summary>
public sealed record FunnelResponse(
    string Kode,
    string Name,
    long Eligible,
    long Created,
    long Distributed,
    long SignedIn,
    long Activated,
    long Deactivated,
    long Failed,
    IReadOnlyList<FunnelResponse> Children)
{
    public static FunnelResponse Of(string kode, string name, FunnelCounters c, IReadOnlyList<FunnelResponse>? children = null) =>
        new(kode, name, c.Eligible, c.Created, c.Distributed, c.SignedIn, c.Activated, c.Deactivated, c.Failed, children ?? []);

    public static FunnelResponse Of(RegionStats stats) =>
        Of(stats.KodeWilayah, stats.Name, stats.Counters, stats.Children.Select(c => Of(c.Key, c.Name, c.Counters)).ToList());
}
