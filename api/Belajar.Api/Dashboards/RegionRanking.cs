using Belajar.Abstractions;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Dashboards;

/// <summary>Orders a region's children furthest behind first: lowest activation share, then most eligible accounts still to go.</summary>
public static class RegionRanking
{
    /// <summary>The view of <paramref name="stats"/> with ranked children.</summary>
    public static RegionView Rank(RegionStats stats) => new(
        stats.KodeWilayah,
        stats.Name,
        stats.Counters,
        stats.Children
            .Select(c => new RankedChild(Key(c.Key), c.Name, IsSchool(c.Key), c.Counters, Activation(c.Counters)))
            .OrderBy(c => c.Activation)
            .ThenByDescending(c => c.Counters.Eligible - c.Counters.Activated)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList());

    /// <summary>How many schools <see cref="RegionView.SchoolsBehind"/> lists at most.</summary>
    public const int SchoolsBehindCount = 10;

    /// <summary>The schools of <paramref name="regions"/> (kabupaten/kota whose children are schools), furthest behind first.</summary>
    public static IReadOnlyList<RankedChild> SchoolsBehind(IEnumerable<RegionStats> regions, int count = SchoolsBehindCount) =>
        regions.SelectMany(r => Rank(r).Children)
            .Where(c => c.IsSchool)
            .OrderBy(c => c.Activation)
            .ThenByDescending(c => c.Counters.Eligible - c.Counters.Activated)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(count)
            .ToList();

    /// <summary>Activated accounts as a share of eligible ones (0 when none is eligible).</summary>
    public static double Activation(FunnelCounters counters) =>
        counters.Eligible <= 0 ? 0 : Math.Round((double)counters.Activated / counters.Eligible, 4);

    private static bool IsSchool(string key) => key.StartsWith("npsn-", StringComparison.Ordinal) || !IsRegionCode(key);

    private static string Key(string key) => GrainKeys.NpsnOf(key.StartsWith("wil-", StringComparison.Ordinal) ? key[4..] : key);

    private static bool IsRegionCode(string key)
    {
        var code = key.StartsWith("wil-", StringComparison.Ordinal) ? key[4..] : key;
        return code.Length == 6 && code.All(char.IsAsciiDigit) && code.EndsWith("00", StringComparison.Ordinal);
    }
}
