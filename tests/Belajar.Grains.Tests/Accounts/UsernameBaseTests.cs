using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class UsernameBaseTests
{
    [Theory]
    [InlineData("Siti Nurhaliza", "sitinurhaliza")]
    [InlineData("SITI NURHALIZA", "sitinurhaliza")]
    [InlineData("  Muhammad   Rizki  Pratama ", "muhammadrizkipratama")]
    [InlineData("I Made Wirawan", "imadewirawan")]
    [InlineData("Ni Luh Putu Ayu", "niluhputuayu")]
    [InlineData("M. Rizki", "mrizki")]
    public void Base_is_the_whole_name_in_lower_case(string name, string expected) =>
        Assert.Equal(expected, UsernameRules.BaseOf(name));

    [Theory]
    [InlineData("Drs. H. Ahmad Fauzi", "ahmadfauzi")]
    [InlineData("Drs H Ahmad Fauzi", "ahmadfauzi")]
    [InlineData("Hj. Siti Aminah", "sitiaminah")]
    [InlineData("Hj Siti Aminah", "sitiaminah")]
    [InlineData("H.Ahmad Dahlan", "ahmaddahlan")]
    [InlineData("Prof.Dr. Ir. Budi Santoso", "budisantoso")]
    [InlineData("KH. Abdul Hamid", "abdulhamid")]
    [InlineData("Ir Wan Hakim", "wanhakim")]
    [InlineData("K.H. Abdul Hamid", "abdulhamid")]
    [InlineData("Ust. Yusuf Mansur", "yusufmansur")]
    [InlineData("Dr. Rina Wati, M.Si.", "rinawati")]
    [InlineData("Budi Santoso, S.Pd., M.Pd.", "budisantoso")]
    [InlineData("Budi Santoso,S.Pd.,M.Pd", "budisantoso")]
    [InlineData("Budi Santoso S.Pd", "budisantoso")]
    [InlineData("Budi Santoso SPd", "budisantoso")]
    [InlineData("Dewi Lestari, S.Pd.I", "dewilestari")]
    [InlineData("Dewi Lestari S.Pd.I", "dewilestari")]
    [InlineData("Rahmat Hidayat, S.Kom", "rahmathidayat")]
    [InlineData("Agus Salim S.T.", "agussalim")]
    [InlineData("Yanti A.Md.", "yanti")]
    [InlineData("Yanti, A.Md.Keb", "yanti")]
    [InlineData("Sri Wahyuni, S.Ag.", "sriwahyuni")]
    [InlineData("Eko Prasetyo, S.E.", "ekoprasetyo")]
    [InlineData("Eko Prasetyo S.H.", "ekoprasetyo")]
    [InlineData("Wulan Sari, S.Pd., Gr.", "wulansari")]
    [InlineData("Tri Handayani S.Tr.Keb", "trihandayani")]
    public void Titles_are_removed_before_and_after_with_and_without_dots(string name, string expected) =>
        Assert.Equal(expected, UsernameRules.BaseOf(name));

    [Theory]
    [InlineData("Ahmad H", "ahmadh")]
    [InlineData("Siti Ma", "sitima")]
    [InlineData("St. Aminah", "staminah")]
    public void Name_words_that_resemble_titles_stay_where_they_cannot_be_titles(string name, string expected) =>
        Assert.Equal(expected, UsernameRules.BaseOf(name));

    [Theory]
    [InlineData("Sutrisno", "sutrisno")]
    [InlineData("Drs. Sutrisno", "sutrisno")]
    [InlineData("Sumarni, S.Pd.", "sumarni")]
    public void Mononyms_are_their_one_word(string name, string expected) =>
        Assert.Equal(expected, UsernameRules.BaseOf(name));

    [Theory]
    [InlineData("Ma'ruf Amin", "marufamin")]
    [InlineData("Ma’ruf Amin", "marufamin")]
    [InlineData("Nur-Aini Putri", "nurainiputri")]
    [InlineData("Ṣalaḥuddin Ayyubi", "salahuddinayyubi")]
    [InlineData("Renée Müller", "reneemuller")]
    [InlineData("Nguyễn Văn Đức", "nguyenvanduc")]
    [InlineData("Łukasz Øster", "lukaszoster")]
    [InlineData("Budi 2 Santoso", "budisantoso")]
    [InlineData("Lim 林 Wei", "limwei")]
    public void Letters_are_folded_to_ascii_and_other_characters_dropped(string name, string expected) =>
        Assert.Equal(expected, UsernameRules.BaseOf(name));

    [Theory]
    [InlineData("王小明")]
    [InlineData("محمد")]
    [InlineData("Dr.")]
    [InlineData("Drs. H.")]
    [InlineData("'-'")]
    public void Names_with_nothing_usable_fall_back_to_pengguna(string name) =>
        Assert.Equal(UsernameRules.FallbackBase, UsernameRules.BaseOf(name));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_names_are_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => UsernameRules.BaseOf(name));

        Assert.Contains("Dapodik", error.Message);
    }

    [Theory]
    [InlineData("Muhammad Fathurrahman Alfarizi Ramadhan Saputra", "muhammadfathurrahmansaputra")]
    [InlineData("Muhammad Fathurrahman Alfarizi", "muhammadfathurrahmanalfarizi")]
    [InlineData("Alexandrianovitasariwulandarisafitri Putri", "alexandrianovitasariwulandaris")]
    [InlineData("Muhammadfathurrahmanalfarizikurniawan", "muhammadfathurrahmanalfariziku")]
    public void Long_names_drop_middle_words_then_cut_at_30(string name, string expected)
    {
        var result = UsernameRules.BaseOf(name);

        Assert.Equal(expected, result);
        Assert.True(result.Length <= UsernameRules.MaxBaseLength);
    }
}
