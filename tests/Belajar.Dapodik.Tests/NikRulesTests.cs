namespace Belajar.Dapodik.Tests;

public class NikRulesTests
{
    [Theory]
    [InlineData("3171040508750002")] // man, 5 August 1975, Jakarta Selatan
    [InlineData("3171044508100001")] // woman: day 05 + 40
    [InlineData("9601012902000001")] // 29 February of a leap year, Papua Barat Daya
    [InlineData("1101017112990001")] // woman born on the 31st: 71
    public void Accepts_a_valid_nik(string nik) => Assert.Null(NikRules.Validate(nik));

    [Theory]
    [InlineData("317104050875000", "harus 16 angka")]
    [InlineData("31710405087500021", "harus 16 angka")]
    [InlineData("31710405O8750002", "harus 16 angka")]
    [InlineData("9971040508750002", "bagian wilayah: kode provinsi 99 tidak ada")]
    [InlineData("2071040508750002", "bagian wilayah: kode provinsi 20 tidak ada")]
    [InlineData("3100040508750002", "bagian wilayah: kode kabupaten/kota dan kecamatan tidak boleh 00")]
    [InlineData("3171000508750002", "bagian wilayah: kode kabupaten/kota dan kecamatan tidak boleh 00")]
    [InlineData("3171043208750002", "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)")]
    [InlineData("3171040513750002", "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)")]
    [InlineData("3171043002750002", "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)")]
    [InlineData("3171047002750002", "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)")]
    [InlineData("3171047208750002", "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)")]
    [InlineData("3171040008750002", "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)")]
    [InlineData("3171044000750002", "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)")]
    [InlineData("3171040508750000", "nomor urut tidak boleh 0000")]
    public void Rejects_a_bad_nik_with_the_part_that_is_wrong(string nik, string reason) =>
        Assert.Equal(reason, NikRules.Validate(nik));

    [Fact]
    public void Reads_a_woman_from_the_day_plus_40()
    {
        Assert.Equal((5, 8, 10, true), NikRules.BirthDate("3171044508100001"));
        Assert.Equal((5, 8, 75, false), NikRules.BirthDate("3171040508750002"));
    }

    [Fact]
    public void Masks_all_but_the_first_and_last_four_digits() =>
        Assert.Equal("3171********0001", NikRules.Mask("3171044508100001"));

    [Fact]
    public void Never_returns_the_nik_in_a_reason()
    {
        foreach (var nik in new[] { "9971040508750002", "3171043208750002", "3171040508750000" })
        {
            Assert.DoesNotContain(nik, NikRules.Validate(nik)!, StringComparison.Ordinal);
        }
    }
}
