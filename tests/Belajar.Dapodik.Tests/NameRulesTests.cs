namespace Belajar.Dapodik.Tests;

/// <summary>Which hand-typed names are usable, and what of them reaches Google.</summary>
public class NameRulesTests
{
    [Theory]
    [InlineData("...")]
    [InlineData("-")]
    [InlineData("12345")]
    [InlineData("\U0001F600\U0001F600")]
    [InlineData("\u200B\u200D\uFEFF")]
    [InlineData("\u0007\u0001")]
    [InlineData("#$%&*+")]
    [InlineData("\u0301\u0302")] // combining marks alone
    public void A_name_without_a_letter_is_refused_with_what_to_fix(string nama)
    {
        Assert.Equal(NameRules.NoLetter, NameRules.Problem(nama));
        Assert.Contains("tulis nama orang ini dengan benar di Dapodik", NameRules.NoLetter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("Drs. H.")]
    [InlineData("王小明")]
    [InlineData("محمد علي")]
    [InlineData("ꦱꦸꦒꦶꦪꦤ")] // Javanese script
    [InlineData("\U00020000\U00020001")] // Han, outside the BMP
    [InlineData("Budi \U0001F600")]
    public void A_name_with_a_letter_of_any_script_is_usable(string nama) => Assert.Null(NameRules.Problem(nama));

    [Theory]
    [InlineData("Budi \U0001F600 Santoso", "Budi Santoso")]
    [InlineData("Bu\u200Bdi\u00A0\u3000Santoso", "Budi Santoso")]
    [InlineData("\tSiti\u0007  Aminah \r\n", "Siti Aminah")]
    [InlineData("Rizki\u2764\uFE0F", "Rizki")]
    [InlineData("<Ahmad> = Dahlan", "Ahmad Dahlan")]
    [InlineData("Ma'ruf Nur-Aini, S.Pd.", "Ma'ruf Nur-Aini, S.Pd.")]
    [InlineData("ꦱꦸꦒꦶꦪꦤ", "ꦱꦸꦒꦶꦪꦤ")]
    public void Sanitize_keeps_letters_marks_digits_and_punctuation_and_drops_the_rest(string nama, string expected) =>
        Assert.Equal(expected, NameRules.Sanitize(nama));

    [Fact]
    public void Sanitize_drops_broken_utf16_instead_of_throwing()
    {
        var broken = "Bu" + '\uD800' + "di" + '\uDC00';

        Assert.Equal("Budi", NameRules.Sanitize(broken));
        Assert.Null(NameRules.Problem(broken));
        Assert.Equal(NameRules.NoLetter, NameRules.Problem("\uD800\uDC00".Substring(0, 1)));
    }
}
