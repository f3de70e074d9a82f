using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class OrgUnitPathsTests
{
    [Fact]
    public void Path_is_province_regency_npsn()
    {
        Assert.Equal("/Prov. Jawa Barat/Kota Bandung/20219123", OrgUnitPaths.For("Prov. Jawa Barat", "Kota Bandung", "20219123"));
    }

    [Fact]
    public void Npsn_with_a_letter_is_upper_cased()
    {
        Assert.Equal("/Prov. D.K.I. Jakarta/Kota Adm. Jakarta Timur/P9984383", OrgUnitPaths.For("Prov. D.K.I. Jakarta", "Kota Adm. Jakarta Timur", " p9984383 "));
    }

    [Theory]
    [InlineData("Kab. Bandung/Barat", "Kab. Bandung_Barat")]
    [InlineData("  Kab.   Tana\tToraja  ", "Kab. Tana Toraja")]
    [InlineData("Kab. O'ulu \"Baru\"", "Kab. Oulu Baru")]
    [InlineData("Kota <Baru>=+,", "Kota Baru")]
    [InlineData("Kab. Pidie\r\nJaya", "Kab. Pidie Jaya")]
    [InlineData("Kab. Bolaang Mongondow Selatan", "Kab. Bolaang Mongondow Selatan")]
    public void Names_are_sanitised_as_google_requires(string name, string expected) =>
        Assert.Equal(expected, OrgUnitPaths.SanitiseName(name));

    [Fact]
    public void Long_names_are_cut_to_60_without_trailing_space()
    {
        var name = "Kabupaten " + string.Join(' ', Enumerable.Repeat("Panjang", 10));

        var result = OrgUnitPaths.SanitiseName(name);

        Assert.True(result.Length <= OrgUnitPaths.MaxNameLength);
        Assert.Equal(result.Trim(), result);
        Assert.StartsWith("Kabupaten Panjang", result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("+")]
    [InlineData("//")]
    public void Names_with_nothing_left_are_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => OrgUnitPaths.For(name, "Kota Bandung", "20219123"));

        Assert.Equal("provinsi", error.ParamName);
    }

    [Theory]
    [InlineData("2021912")]
    [InlineData("202191234")]
    [InlineData("2021-912")]
    [InlineData("")]
    public void Npsn_must_be_8_letters_or_digits(string npsn)
    {
        var error = Assert.Throws<ArgumentException>(() => OrgUnitPaths.For("Prov. Bali", "Kab. Badung", npsn));

        Assert.Contains("NPSN", error.Message);
    }
}
