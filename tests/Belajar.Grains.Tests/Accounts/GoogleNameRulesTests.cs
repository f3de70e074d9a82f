using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class GoogleNameRulesTests
{
    [Theory]
    [InlineData("Siti Nurhaliza", "Siti", "Nurhaliza")]
    [InlineData("I Made Wirawan", "I Made", "Wirawan")]
    [InlineData("Ni Luh Putu Ayu Lestari", "Ni Luh Putu Ayu", "Lestari")]
    [InlineData("Muhammad Rizki Pratama", "Muhammad Rizki", "Pratama")]
    [InlineData("SITI NURHALIZA", "SITI", "NURHALIZA")]
    [InlineData("  Siti   Nurhaliza ", "Siti", "Nurhaliza")]
    public void Last_word_is_the_family_name_and_case_is_kept(string name, string given, string family) =>
        Assert.Equal(new GoogleName(given, family), GoogleNameRules.From(name));

    [Theory]
    [InlineData("Sutrisno", "Sutrisno")]
    [InlineData("Drs. Sutrisno, M.Pd.", "Sutrisno")]
    public void Mononym_fills_both_parts(string name, string word) =>
        Assert.Equal(new GoogleName(word, word), GoogleNameRules.From(name));

    [Theory]
    [InlineData("Drs. H. Ahmad Fauzi, S.Pd., M.Pd.", "Ahmad", "Fauzi")]
    [InlineData("Hj Siti Aminah S.Ag", "Siti", "Aminah")]
    [InlineData("Prof.Dr. Budi Santoso", "Budi", "Santoso")]
    public void Titles_are_removed(string name, string given, string family) =>
        Assert.Equal(new GoogleName(given, family), GoogleNameRules.From(name));

    [Theory]
    [InlineData("Ma'ruf Amin", "Ma'ruf", "Amin")]
    [InlineData("Nur-Aini Putri", "Nur-Aini", "Putri")]
    [InlineData("Nguyễn Văn Đức", "Nguyễn Văn", "Đức")]
    [InlineData("Ṣalaḥuddin Ayyubi", "Ṣalaḥuddin", "Ayyubi")]
    [InlineData("王 小明", "王", "小明")]
    public void Non_ascii_letters_apostrophes_and_hyphens_are_kept(string name, string given, string family) =>
        Assert.Equal(new GoogleName(given, family), GoogleNameRules.From(name));

    [Fact]
    public void Characters_google_refuses_are_dropped()
    {
        Assert.Equal(new GoogleName("Budi", "Santoso"), GoogleNameRules.From("Bu<di> San=toso\u200B"));
    }

    [Fact]
    public void A_name_of_only_titles_keeps_its_titles()
    {
        Assert.Equal(new GoogleName("Drs.", "H."), GoogleNameRules.From("Drs. H."));
    }

    [Fact]
    public void Parts_are_cut_to_60_characters_at_a_word_boundary()
    {
        var given = string.Join(' ', Enumerable.Repeat("Abdurrahman", 8));
        var family = new string('a', 75);

        var name = GoogleNameRules.From($"{given} {family}");

        Assert.Equal("Abdurrahman Abdurrahman Abdurrahman Abdurrahman Abdurrahman", name.GivenName);
        Assert.Equal(new string('a', 60), name.FamilyName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("- . '")]
    public void Names_without_letters_are_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => GoogleNameRules.From(name));

        Assert.Contains("Dapodik", error.Message);
    }

    [Theory]
    [InlineData("Budi \U0001F600 Santoso", "Budi", "Santoso")]
    [InlineData("\U0001F600 Rizki \u2764\uFE0F", "Rizki", "Rizki")]
    [InlineData("Siti\u0007 Ami\u200Bnah", "Siti", "Aminah")]
    [InlineData("ꦱꦸꦒꦶꦪꦤ ꦥꦿꦧꦮ", "ꦱꦸꦒꦶꦪꦤ", "ꦥꦿꦧꦮ")]
    [InlineData("محمد علي", "محمد", "علي")]
    [InlineData("A", "A", "A")]
    public void Emoji_control_and_invisible_characters_are_dropped_and_any_script_is_kept(string name, string given, string family) =>
        Assert.Equal(new GoogleName(given, family), GoogleNameRules.From(name));

    [Fact]
    public void A_long_name_outside_the_bmp_is_cut_without_splitting_a_character()
    {
        var name = GoogleNameRules.From(string.Concat(Enumerable.Repeat("\U00020000", 100)));

        Assert.True(name.GivenName.Length <= GoogleNameRules.MaxLength);
        Assert.False(char.IsHighSurrogate(name.GivenName[^1]));
        Assert.Equal(name.GivenName.Normalize(), name.GivenName);
    }

    [Fact]
    public void Broken_utf16_never_throws()
    {
        Assert.Equal(new GoogleName("Budi", "Budi"), GoogleNameRules.From("Bu\uD800di"));
    }
}
