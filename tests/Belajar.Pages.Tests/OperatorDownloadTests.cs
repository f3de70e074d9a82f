using System.Net;
using Belajar.Api.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Belajar.TestSupport;

namespace Belajar.Pages.Tests;

/// <summary>"Unduh Akun" per kind (CSV) and "Unduh Semua" (one XLSX, a sheet per kind) from the operator's app.</summary>
[Collection(PagesCollection.Name)]
public sealed class OperatorDownloadTests(PagesHost host, SystemBrowser browser)
{
    public static TheoryData<string, string> Kinds => new()
    {
        { "Unduh Akun Peserta Didik", "peserta-didik" },
        { "Unduh Akun PTK", "ptk" },
        { "Unduh Akun Admin", "admin" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_download_button_saves_the_kinds_csv_with_the_apis_rows(string button, string kind)
    {
        var op = DemoOperators.Of(DemoOperators.DownloadSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync());
        var path = Path.Combine(SystemBrowser.ArtifactFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var rows = SheetReaders.ReadCsv(await File.ReadAllBytesAsync(path));

        Assert.Equal($"akun-{op.Npsn}-{kind}.csv", download.SuggestedFilename);
        Assert.Equal("nama,nisn_nuptk,peran,tingkat,rombel,user_id,password,status", string.Join(',', rows[0]));
        Assert.True(rows.Count > 1, "the school has accounts of this kind");
        Assert.Equal(await OperatorApp.ApiRowsAsync(host, op.Npsn, kind), rows);
        Assert.DoesNotContain(rows.Skip(1), r => OperatorApp.Cell(rows, r, "status") == "created");
        await page.Locator("#download-status", new() { HasText = download.SuggestedFilename }).WaitForAsync();
    }

    [Fact]
    public async Task Unduh_Semua_saves_one_workbook_with_a_titled_sheet_per_kind_holding_the_apis_rows()
    {
        var op = DemoOperators.Of(DemoOperators.DownloadSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Unduh Semua", Exact = true }).ClickAsync());
        var path = Path.Combine(SystemBrowser.ArtifactFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var sheets = SheetReaders.ReadXlsxSheets(await File.ReadAllBytesAsync(path));

        Assert.Equal($"akun-{op.Npsn}-semua.xlsx", download.SuggestedFilename);
        Assert.Equal(["Peserta Didik", "PTK", "Admin"], sheets.Select(s => s.Name));
        var words = new Dictionary<string, string>
        {
            ["pending"] = "menunggu", ["created"] = "dibuat", ["distributed"] = "dibagikan",
            ["activated"] = "aktif", ["deactivated"] = "dinonaktifkan", ["failed"] = "gagal",
        };
        foreach (var ((name, rows), kind) in sheets.Zip(new[] { "peserta-didik", "ptk", "admin" }))
        {
            Assert.Equal([$"{op.SchoolName} · NPSN {op.Npsn}"], rows[0]);
            Assert.Equal(["Nama", "NISN/NUPTK", "Peran", "Tingkat", "Rombel", "ID Pengguna", "Kata Sandi Awal", "Status"], rows[1]);
            var api = await OperatorApp.ApiRowsAsync(host, op.Npsn, kind);
            var expected = api.Skip(1).Select(r => r[..^1].Append(words[r[^1]]).ToArray()).ToList();
            Assert.Equal(expected, rows.Skip(2).ToList());
            Assert.True(rows.Count > 2, $"sheet {name} has accounts");
        }

        var audit = host.Services.GetRequiredService<IAuditLog>();
        var entries = await audit.QueryAsync(new AuditQuery { Npsn = op.Npsn, Action = AuditActions.Download, Actor = op.Username });
        Assert.Contains(entries, e => e.Detail.TryGetValue("kind", out var k) && k == "semua" && e.Detail["format"] == "xlsx" && e.Detail["markedDistributed"] == "true");
    }

    [Fact]
    public async Task Downloads_and_cards_are_never_cached_and_unduh_semua_takes_only_xlsx()
    {
        var op = DemoOperators.Of(DemoOperators.DownloadSchool);
        using var http = await host.ClientAsync(PagesHost.PusdatinUser, PagesHost.PusdatinPassword);
        foreach (var path in new[] { "accounts?kind=ptk", "accounts/all", "accounts/cards?kind=admin" })
        {
            var response = await http.GetAsync($"/api/v1/schools/{op.Npsn}/{path}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        var csv = await http.GetAsync($"/api/v1/schools/{op.Npsn}/accounts/all?format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal("application/problem+json", csv.Content.Headers.ContentType!.MediaType);
    }
}
