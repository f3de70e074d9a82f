using Belajar.Api.Accounts;

namespace Belajar.Api.Tests;

public sealed class CsvAccountWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_only_when_rfc4180_needs_it(string field, string written)
    {
        Assert.Equal(written, CsvAccountWriter.Escape(field));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+62812", "'+62812")]
    [InlineData("-5", "'-5")]
    [InlineData("@user", "'@user")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Siti-Aminah", "Siti-Aminah")]
    public void Formula_starts_get_an_apostrophe(string value, string guarded)
    {
        Assert.Equal(guarded, FormulaGuard.Neutralise(value));
    }

    [Fact]
    public void Line_breaks_inside_a_value_become_spaces()
    {
        Assert.Equal("Dewi Baris Tiga Empat", AccountSheet.OneLine("Dewi\r\nBaris\rTiga\nEmpat"));
    }
}
