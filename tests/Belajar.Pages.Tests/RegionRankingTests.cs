using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;
using Belajar.Api.Dashboards;

namespace Belajar.Pages.Tests;

public sealed class RegionRankingTests
{
    [Fact]
    public void Children_come_furthest_behind_first_then_by_most_accounts_still_to_activate()
    {
        var stats = new RegionStats("020100", "Kab. Bandung", FunnelCounters.Zero,
        [
            new RegionChild("20200001", "SD A", Funnel(eligible: 100, activated: 90)),
            new RegionChild("20200002", "SD B", Funnel(eligible: 10, activated: 0)),
            new RegionChild("20200003", "SD C", Funnel(eligible: 50, activated: 0)),
            new RegionChild("20200004", "SD D", Funnel(eligible: 100, activated: 40)),
        ]);

        var ranked = RegionRanking.Rank(stats);

        Assert.Equal(["20200003", "20200002", "20200004", "20200001"], ranked.Children.Select(c => c.Key));
        Assert.Equal(0.4, ranked.Children[2].Activation);
        Assert.All(ranked.Children, c => Assert.True(c.IsSchool));
    }

    [Fact]
    public void Region_children_are_not_schools()
    {
        var stats = new RegionStats("020000", "Prov. Jawa Barat", FunnelCounters.Zero, [new RegionChild("020100", "Kab. Bandung", Funnel(10, 1))]);

        var child = Assert.Single(RegionRanking.Rank(stats).Children);

        Assert.False(child.IsSchool);
        Assert.Equal("020100", child.Key);
    }

    private static FunnelCounters Funnel(long eligible, long activated) => new(eligible, eligible, eligible, activated, activated, 0, 0);
}
