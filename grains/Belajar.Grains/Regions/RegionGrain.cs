using Belajar.Abstractions.Admins;
using Belajar.Grains.Admins;
using Belajar.Grains.Directory;
using Microsoft.Extensions.Options;
using Belajar.Abstractions;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;

namespace Belajar.Grains.Regions;

/// <summary>
/// A kabupaten/kota (children: schools), a province (children: kabupaten/kota) or the nation (children: provinces). Each child
/// reports absolute counters, so a repeated report changes nothing; the region passes its own sum up to its parent.
/// </summary>
public sealed partial class RegionGrain(
    [PersistentState("region", StorageNames.Regions)] IPersistentState<RegionState> state,
    [PersistentState("regionadmins", StorageNames.Regions)] IPersistentState<RegionAdminsState> admins,
    IDirectoryCalls directory,
    IOptions<RegionalAdminOptions> adminOptions,
    TimeProvider time) : Grain, IRegionGrain, IRegionAdminsGrain
{
    private string Kode => this.GetPrimaryKeyString()["wil-".Length..];

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

    private FunnelCounters Sum() => state.State.Children.Values.Aggregate(FunnelCounters.Zero, (sum, c) => sum.Add(c.Counters));

    /// <summary>Kabupaten/kota <c>XXYY00</c> → province <c>XX0000</c> → nation <c>000000</c>; the nation has none.</summary>
    public static string? ParentKode(string kode) => kode switch
    {
        IRegionGrain.NationalKode => null,
        _ when kode.EndsWith("0000", StringComparison.Ordinal) => IRegionGrain.NationalKode,
        _ => string.Concat(kode.AsSpan(0, 2), "0000"),
    };
}
