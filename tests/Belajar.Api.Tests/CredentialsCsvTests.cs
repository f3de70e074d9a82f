using System.Text;
using Belajar.Api.Regions;
using Belajar.TestSupport;

namespace Belajar.Api.Tests;

public sealed class CredentialsCsvTests
{
    [Fact]
    public void The_credentials_csv_is_a_header_and_one_row_that_read_back_exactly()
    {
        var bytes = CredentialsZip.Csv("ani.w@dikbud.belajar.id", "Ab3defGh4jkLmn", "Ani \"Wati\", S.Pd.", "026000");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = SheetReaders.ReadCsv(bytes);
        Assert.Equal(
            [
                ["user_id", "password", "nama", "kode_wilayah", "petunjuk"],
                ["ani.w@dikbud.belajar.id", "Ab3defGh4jkLmn", "Ani \"Wati\", S.Pd.", "026000", CredentialsZip.SignInHint],
            ],
            rows);
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(2, Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
