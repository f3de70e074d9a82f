using Belajar.Abstractions.Schools;

namespace Belajar.Abstractions.Regions;

/// <summary>One child of a region in its statistics: a school (by NPSN) or a region (by kode wilayah).</summary>
[GenerateSerializer, Immutable, Alias("belajar.RegionChild")]
public sealed record RegionChild(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] FunnelCounters Counters);

/// <summary>A region's funnel and its children's.</summary>
[GenerateSerializer, Immutable, Alias("belajar.RegionStats")]
public sealed record RegionStats(
    [property: Id(0)] string KodeWilayah,
    [property: Id(1)] string Name,
    [property: Id(2)] FunnelCounters Counters,
    [property: Id(3)] IReadOnlyList<RegionChild> Children);

/// <summary>A region's name and its parent's, as its children last reported them (empty before the first report).</summary>
[GenerateSerializer, Immutable, Alias("belajar.RegionNames")]
public sealed record RegionNames(
    [property: Id(0)] string Name,
    [property: Id(1)] string ParentName);

/// <summary>
/// A province or kabupaten/kota, keyed <c>wil-{kode}</c> (the nation is <c>wil-000000</c>): counters rolled up from its children.
/// </summary>
[Alias("belajar.IRegionGrain")]
public interface IRegionGrain : IGrainWithStringKey
{
    public const string NationalKode = "000000";

    /// <summary>Sets one child's counters (absolute values, so that a repeated report changes nothing).</summary>
    [Alias("ReportChild")]
    Task ReportChildAsync(RegionChild child, string regionName, string parentName);

    [Alias("GetStats")]
    Task<RegionStats> GetStatsAsync();

    /// <summary>The region's name and its parent's (for the region's org unit), without its children.</summary>
    [Alias("GetNames")]
    Task<RegionNames> GetNamesAsync();
}
