using Belajar.Abstractions.Accounts;
using Belajar.Domain;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

/// <summary>The schools that list one account: guests added and dropped, the home school moving, learners replacing their school.</summary>
public sealed class SchoolListingsTests
{
    private static readonly AccountSpec SdA = Spec("20100001"), SmpB = Spec("20100002", Jenjang.SMP), SdC = Spec("20100003");

    [Fact]
    public void A_single_school_account_stores_nothing_more()
    {
        var (home, stored) = SchoolListings.Listed(null, SdA, SdA);

        Assert.Equal(SdA, home);
        Assert.Null(stored);
    }

    [Fact]
    public void A_second_school_is_a_guest_the_home_school_stays_and_both_are_stored()
    {
        var (home, stored) = SchoolListings.Listed(null, SmpB, SdA); // a lower NPSN does not move an existing account

        Assert.Equal(SmpB, home);
        Assert.Equal([SdA.Npsn, SmpB.Npsn], stored!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_learner_at_a_new_school_moves_there_the_old_school_is_not_kept()
    {
        var learner = SdA with { Role = AccountRole.PesertaDidik };
        var (home, stored) = SchoolListings.Listed(null, learner, SdC with { Role = AccountRole.PesertaDidik });

        Assert.Equal(SdC.Npsn, home.Npsn);
        Assert.Null(stored);
    }

    [Fact]
    public void A_guest_dropping_the_account_leaves_it_home_and_listed()
    {
        var stored = Listings(SdA, SmpB);

        var unlisting = SchoolListings.Unlisted(stored, SdA, SmpB.Npsn);

        Assert.Equal(new Unlisting(true, SdA, null, true), unlisting);
    }

    [Fact]
    public void The_home_school_dropping_the_account_moves_it_to_a_school_that_still_lists_it_by_the_rule()
    {
        var unlisting = SchoolListings.Unlisted(Listings(SdA, SmpB, SdC), SdA, SdA.Npsn);

        Assert.True(unlisting.StillListed);
        Assert.Equal(SmpB, unlisting.Home); // the lowest NPSN of the others
        Assert.Equal([SmpB.Npsn, SdC.Npsn], unlisting.Stored!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_last_school_dropping_the_account_leaves_it_listed_by_nobody_so_the_next_school_becomes_home()
    {
        var unlisting = SchoolListings.Unlisted(null, SdA, SdA.Npsn);
        var (home, stored) = SchoolListings.Listed(unlisting.Stored, SdA, SmpB);

        Assert.False(unlisting.StillListed); // a leaver
        Assert.True(unlisting.Changed);
        Assert.Empty(unlisting.Stored!);
        Assert.Equal(SmpB, home); // a mover whose old school the run read first
        Assert.Equal([SmpB.Npsn], stored!.Keys);
    }

    [Fact]
    public void A_school_that_does_not_list_the_account_changes_nothing_and_learns_whether_another_does()
    {
        Assert.Equal(new Unlisting(true, SmpB, null, false), SchoolListings.Unlisted(null, SmpB, SdA.Npsn)); // a mover
        Assert.False(SchoolListings.Unlisted(new Dictionary<string, AccountSpec>(), SdA, SdC.Npsn).StillListed); // a leaver already
    }

    private static Dictionary<string, AccountSpec> Listings(params AccountSpec[] specs) => specs.ToDictionary(s => s.Npsn, StringComparer.Ordinal);

    private static AccountSpec Spec(string npsn, Jenjang jenjang = Jenjang.SD) => new(
        "guru-5d1e0b6b-3f0c-4f59-9a57-1c9a51b0c2d1", AccountRole.Guru, jenjang, npsn, "5d1e0b6b-3f0c-4f59-9a57-1c9a51b0c2d1", "Made Guru", null, null, null,
        $"/Prov. Uji/Kab. Uji/{npsn}");
}
