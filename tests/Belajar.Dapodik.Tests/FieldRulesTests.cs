namespace Belajar.Dapodik.Tests;

public class FieldRulesTests
{
    [Theory]
    [InlineData("20100001", null)]
    [InlineData("P9984383", null)]
    [InlineData("2010001", "harus 8 karakter [0-9A-Z]")]
    [InlineData("p9984383", "harus 8 karakter [0-9A-Z]")]
    [InlineData("2010-001", "harus 8 karakter [0-9A-Z]")]
    [InlineData("99999999", "99999999 adalah isian pengganti, bukan NPSN sekolah")]
    public void Npsn_is_8_characters_0_9_A_Z_and_not_the_placeholder(string npsn, string? reason) =>
        Assert.Equal(reason, FieldRules.Npsn(npsn));

    [Theory]
    [InlineData("0081234567", true)]
    [InlineData("008123456", false)]
    [InlineData("00812345678", false)]
    [InlineData("008123456A", false)]
    public void Nisn_is_10_digits(string nisn, bool ok) => Assert.Equal(ok, FieldRules.Nisn(nisn) is null);

    [Theory]
    [InlineData("1234567890123456", true)]
    [InlineData("123456789012345", false)]
    [InlineData("12345678901234567", false)]
    [InlineData("123456789012345X", false)]
    public void Nuptk_is_16_digits(string nuptk, bool ok) => Assert.Equal(ok, FieldRules.Nuptk(nuptk) is null);

    [Theory]
    [InlineData("016001", true)]
    [InlineData("01600", false)]
    [InlineData("010000", false)]
    [InlineData("016000", false)]
    [InlineData("01600A", false)]
    public void Kode_wilayah_is_a_kecamatan_code(string kode, bool ok) => Assert.Equal(ok, FieldRules.KodeWilayahKecamatan(kode) is null);

    [Theory]
    [InlineData("2010-08-05", true)]
    [InlineData("2012-02-29", true)]
    [InlineData("2011-02-29", false)]
    [InlineData("2010-13-01", false)]
    [InlineData("05-08-2010", false)]
    [InlineData("2010-8-5", false)]
    [InlineData("1850-01-01", false)]
    public void Dates_are_real_and_yyyy_mm_dd(string date, bool ok) => Assert.Equal(ok, FieldRules.TryDate(date, out _));

    [Theory]
    [InlineData("$2a$04$abcdefghijklmnopqrstuu5s2v8.hbrW7Lk5ZsUJkQlKmQ7dBvA7O", true)]
    [InlineData("$2y$10$abcdefghijklmnopqrstuu5s2v8.hbrW7Lk5ZsUJkQlKmQ7dBvA7O", true)]
    [InlineData("$2c$04$abcdefghijklmnopqrstuu5s2v8.hbrW7Lk5ZsUJkQlKmQ7dBvA7O", false)]
    [InlineData("$2a$04$abcdefghijklmnopqrstuu5s2v8.hbrW7Lk5ZsUJkQlKmQ7dBvA7", false)]
    [InlineData("5f4dcc3b5aa765d61d8327deb882cf99", false)]
    public void Password_hash_is_bcrypt(string hash, bool ok) => Assert.Equal(ok, FieldRules.IsBcryptHash(hash));

    [Theory]
    [InlineData("operator@sdn1.sch.id", true)]
    [InlineData("operator at sdn1.sch.id", false)]
    [InlineData("operator@sdn1", false)]
    [InlineData("a@b@c.id", false)]
    public void Username_is_an_email_address(string username, bool ok) => Assert.Equal(ok, FieldRules.IsEmail(username));
}
