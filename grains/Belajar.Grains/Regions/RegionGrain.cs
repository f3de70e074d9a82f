using Belajar.Abstractions;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;

namespace Belajar.Grains.Regions;

/// <summary>
/// A kabupaten/kota (children: schools), a province (children: kabupaten/kota) or the nation (children: provinces). Each child
/// reports absolute counters, so a repeated report changes nothing; the region passes its own sum up to its parent. Its
/// administrators are another grain with the same key (<see cref="Admins.RegionAdminsGrain"/>).
/// </summary>
/// <remarks>
/// Stored as state <c>region</c> in the <c>regions</c> storage, as when this class also held the administrators: the row is keyed
/// by the state name and the grain key, not the grain's type, so the rows written then load unchanged.
/// </remarks>
public sealed class RegionGrain(
    [PersistentState("region", StorageNames.Regions)] IPersistentState<RegionState> state) : Grain, IRegionGrain
{
    private string Kode => GrainKeys.KodeWilayahOf(this.GetPrimaryKeyString());

    public async Task ReportChildAsync(RegionChild child, string regionName, string parentName)
    {
        if (state.State.Children.TryGetValue(child.Key, out var known) && known == child && state.State.Name == regionName)
        {
            return;
        }

        state.State.Children[child.Key] = child;
        state.State.Name = regionName;
        state.State.ParentName = parentName;
        await state.WriteStateAsync();

        if (ParentKode(Kode) is { } parent)
        {
            var self = new RegionChild(Kode, regionName, Sum());
            var grandParentName = parent == IRegionGrain.NationalKode ? "" : "Indonesia";
            await GrainFactory.GetGrain<IRegionGrain>(GrainKeys.Region(parent)).ReportChildAsync(self, parentName, grandParentName);
        }
    }

    public Task<RegionStats> GetStatsAsync() => Task.FromResult(new RegionStats(
        Kode,
        Kode == IRegionGrain.NationalKode ? "Indonesia" : state.State.Name,
        Sum(),
        state.State.Children.Values.OrderBy(c => c.Key, StringComparer.Ordinal).ToList()));

    public Task<RegionNames> GetNamesAsync() => Task.FromResult(new RegionNames(state.State.Name, state.State.ParentName));

    private FunnelCounters Sum() => state.State.Children.Values.Aggregate(FunnelCounters.Zero, (sum, c) => sum.Add(c.Counters));

    /// <summary>Kabupaten/kota <c>XXYY00</c> → province <c>XX0000</c> → nation <c>000000</c>; the nation has none.</summary>
    public static string? ParentKode(string kode) => kode switch
    {
        IRegionGrain.NationalKode => null,
        _ when kode.EndsWith("0000", StringComparison.Ordinal) => IRegionGrain.NationalKode,
        _ => string.Concat(kode.AsSpan(0, 2), "0000"),
    };
}
