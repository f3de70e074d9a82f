using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.TestSupport;

namespace Belajar.Api.Tests;

public sealed class DownloadTests : IAsyncLifetime
{
    private const string Header = "nama,nisn_nuptk,peran,tingkat,rombel,user_id,password,status";
    private TestApi _api = null!;
    private HttpClient _operator = null!;
    private HttpClient _pusdatin = null!;

    [Fact]
    public async Task Csv_has_bom_exact_header_crlf_and_rfc4180_quoting()
    {
        var bytes = await _operator.GetByteArrayAsync(Path("peserta-didik", "csv"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.StartsWith(Header + "\r\n", text);
        Assert.DoesNotContain(text.Replace("\r\n", "", StringComparison.Ordinal), c => c is '\n' or '\r');
        Assert.Contains("\"Siti \"\"Ani\"\" Aminah, S.\",0012345678,peserta-didik,5,5A,siti.aminah@belajar.id,Ab3-xyz9Q,created\r\n", text);
        Assert.EndsWith("\r\n", text);
    }

    [Fact]
    public async Task Csv_read_back_equals_xlsx_read_back()
    {
        var csv = SheetReaders.ReadCsv(await _pusdatin.GetByteArrayAsync(Path("peserta-didik", "csv")));
        var xlsx = SheetReaders.ReadXlsx(await _pusdatin.GetByteArrayAsync(Path("peserta-didik", "xlsx")));

        Assert.Equal(5, csv.Count);
        Assert.Equal(Header.Split(','), csv[0]);
        Assert.Equal(csv, xlsx);
        Assert.Equal(["Dewi Baris", "0022222222", "peserta-didik", "5", "'\tTab", "dewi@belajar.id", "'-2+3", "distributed"], csv[4]);
    }

    [Fact]
    public async Task Formula_cells_are_neutralised_in_both_formats()
    {
        var csv = SheetReaders.ReadCsv(await _pusdatin.GetByteArrayAsync(Path("peserta-didik", "csv")));
        var xlsx = SheetReaders.ReadXlsx(await _pusdatin.GetByteArrayAsync(Path("peserta-didik", "xlsx")));

        foreach (var rows in new[] { csv, xlsx })
        {
            var injected = rows.Single(r => r[5] == "injeksi@belajar.id");
            Assert.Equal("'" + SampleSchools.FormulaName, injected[0]);
            Assert.Equal("'@SUM(A1)", injected[4]);
            Assert.Equal("'+cmd|' /C calc'!A0", injected[6]);
            Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        }
    }

    [Fact]
    public async Task Password_is_empty_once_activated_or_deactivated_and_status_is_lower_case()
    {
        var learners = SheetReaders.ReadCsv(await _operator.GetByteArrayAsync(Path("peserta-didik", "csv")));
        var admins = SheetReaders.ReadCsv(await _operator.GetByteArrayAsync(Path("admin", "csv")));

        var activated = learners.Single(r => r[5] == SampleSchools.ActivatedUserId);
        Assert.Equal(["", "activated"], activated[6..]);
        var deactivatedOperator = admins.Single(r => r[2] == "operator");
        Assert.Equal(["", "deactivated"], deactivatedOperator[6..]);
        Assert.Equal(["Bu Kepala", "", "kepala-sekolah", "", "", "kepsek@belajar.id", "Kepsek-Pw1", "created"], admins.Single(r => r[2] == "kepala-sekolah"));
    }

    [Fact]
    public async Task Ptk_lists_the_teachers_with_nuptk()
    {
        var rows = SheetReaders.ReadCsv(await _operator.GetByteArrayAsync(Path("ptk", "csv")));

        Assert.Equal(["Pak Guru", "1234567890123456", "guru", "", "", "guru@belajar.id", "Guru-Pw1", "created"], rows.Single(r => r[0] != "nama"));
    }

    [Fact]
    public async Task Download_is_an_attachment_that_is_never_cached()
    {
        var csv = await _operator.GetAsync(Path("peserta-didik", "csv"));
        var xlsx = await _operator.GetAsync(Path("ptk", "xlsx"));

        Assert.Equal("no-store", csv.Headers.CacheControl!.ToString());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"attachment; filename=\"akun-{TestApi.SchoolA}-peserta-didik.csv\"", csv.Content.Headers.ContentDisposition.ToString());
        Assert.Equal($"akun-{TestApi.SchoolA}-ptk.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", xlsx.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Only_the_schools_operator_marks_the_accounts_distributed()
    {
        await _pusdatin.GetByteArrayAsync(Path("peserta-didik", "csv"));
        Assert.Equal(AccountStatus.Created, StatusOf(SampleSchools.LearnerUserId));

        await _operator.GetByteArrayAsync(Path("peserta-didik", "csv"));

        Assert.Equal(AccountStatus.Distributed, StatusOf(SampleSchools.LearnerUserId));
        Assert.Equal(
            [(TestApi.SchoolA, AccountKind.PesertaDidik, false), (TestApi.SchoolA, AccountKind.PesertaDidik, true)],
            _api.Schools.CredentialCalls);
    }

    [Theory]
    [InlineData("kind=guru&format=csv", "peserta-didik, ptk, admin")]
    [InlineData("format=csv", "peserta-didik, ptk, admin")]
    [InlineData("kind=ptk&format=pdf", "csv, xlsx")]
    public async Task Bad_kind_or_format_is_a_400_listing_the_valid_values(string query, string valid)
    {
        var response = await _operator.GetAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains(valid, problem!["detail"]!.GetValue<string>());
    }

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        SampleSchools.Seed(_api.Schools);
        _operator = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        _pusdatin = await _api.SignedInClientAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string Path(string kind, string format) => $"/api/v1/schools/{TestApi.SchoolA}/accounts?kind={kind}&format={format}";

    private AccountStatus StatusOf(string userId) =>
        _api.Schools.Rows(TestApi.SchoolA).Single(r => r.Account.UserId == userId).Account.Status;
}
