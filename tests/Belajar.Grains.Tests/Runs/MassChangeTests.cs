using Belajar.Grains.Runs;

namespace Belajar.Grains.Tests.Runs;

/// <summary>The mass-change guard's limits: a share of a province's accounts, or a number of accounts, whichever comes first.</summary>
public class MassChangeTests
{
    private static readonly MassChangeOptions Defaults = new();

    [Theory]
    [InlineData(100, 5, false)] // exactly 5 %
    [InlineData(100, 6, true)]
    [InlineData(1_000_000, 1000, false)] // exactly 1,000
    [InlineData(1_000_000, 1001, true)] // 0.1 %, but more than 1,000
    [InlineData(0, 0, false)]
    public void A_province_exceeds_the_limits_beyond_5_percent_or_1000_accounts(long accounts, long leaving, bool exceeds) =>
        Assert.Equal(exceeds, MassChangeCount.Exceeds(accounts, leaving, Defaults));

    [Fact]
    public void Schools_add_up_per_province_and_only_provinces_that_lose_accounts_are_listed()
    {
        var count = new MassChangeCount();
        count.Add("Prov. Bali", 40, 0);
        count.Add("Prov. Bali", 60, 10);
        count.Add("Prov. Aceh", 500, 0);
        count.Add("Prov. Jawa Barat", 1000, 20);

        var changes = count.ToList(Defaults);

        Assert.Equal(
            [("Prov. Bali", 100L, 10L, true), ("Prov. Jawa Barat", 1000L, 20L, false)],
            changes.Select(c => (c.Provinsi, c.Accounts, c.Leaving, c.OverLimit)));
    }
}
