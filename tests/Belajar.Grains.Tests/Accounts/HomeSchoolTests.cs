using Belajar.Abstractions.Accounts;
using Belajar.Domain;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

/// <summary>The home school (sekolah induk) of an account several schools list: kept while listed, else the head's school, else the lowest NPSN.</summary>
public sealed class HomeSchoolTests
{
    [Fact]
    public void A_new_account_listed_by_two_schools_is_at_home_at_the_lowest_npsn_whatever_the_order()
    {
        Assert.Equal("20100001", HomeSchool.Choose(null, [Spec("20100002"), Spec("20100001")]));
        Assert.Equal("20100001", HomeSchool.Choose(null, [Spec("20100001"), Spec("20100002")]));
    }

    [Fact]
    public void An_existing_account_keeps_its_home_school_while_that_school_lists_it_even_when_a_lower_npsn_comes()
    {
        Assert.Equal("20100005", HomeSchool.Choose("20100005", [Spec("20100001"), Spec("20100005")]));
    }

    [Fact]
    public void When_the_home_school_no_longer_lists_the_account_the_rule_chooses_again_among_the_others()
    {
        Assert.Equal("20100003", HomeSchool.Choose("20100001", [Spec("20100004"), Spec("20100003")]));
    }

    [Fact]
    public void The_school_where_the_person_is_head_of_school_comes_before_a_lower_npsn()
    {
        Assert.Equal("20100009", HomeSchool.Choose(null, [Spec("20100001"), Spec("20100009", AccountRole.KepalaSekolah)]));
        Assert.Equal("20100009", HomeSchool.Choose("20100007", [Spec("20100001"), Spec("20100009", AccountRole.KepalaSekolah)]));
    }

    [Fact]
    public void NPSNs_compare_as_text_not_by_culture_nor_as_numbers()
    {
        Assert.Equal("1020304A", HomeSchool.Choose(null, [Spec("P9876543"), Spec("1020304A")]));
    }

    [Fact]
    public void No_school_at_all_is_refused()
    {
        Assert.Throws<ArgumentException>(() => HomeSchool.Choose("20100001", []));
    }

    private static AccountSpec Spec(string npsn, AccountRole role = AccountRole.Guru) => new(
        "guru-0b6b5d1e-3f0c-4f59-9a57-1c9a51b0c2d1", role, Jenjang.SD, npsn, "0b6b5d1e-3f0c-4f59-9a57-1c9a51b0c2d1", "Siti Guru", null, null, null,
        $"/Prov. Uji/Kab. Uji/{npsn}");
}
