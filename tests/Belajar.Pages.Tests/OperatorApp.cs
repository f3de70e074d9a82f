using System.Net;
using System.Net.Http.Json;
using System.Text;
using Belajar.Abstractions;
using Belajar.Abstractions.Schools;
using Belajar.LocalServices;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using nietras.SeparatedValues;

namespace Belajar.Pages.Tests;

/// <summary>What the operator app's tests share: signing in, the api's own rows, reading the files back, a person activating.</summary>
public static class OperatorApp
{
    /// <summary>Opens <paramref name="path"/>, signs in as <paramref name="op"/> and waits for the school's name.</summary>
    public static async Task SignInAsync(IPage page, DemoOperator op, string path = "/")
    {
        await page.GotoAsync(path);
        await SignIn.AsAsync(page, op.Username, op.Password);
        await page.Locator("#school-name", new() { HasText = op.SchoolName }).WaitForAsync();
    }

    /// <summary>The rows (header first) of the school's "Unduh Akun" CSV as Pusdatin reads it (which marks nothing).</summary>
    public static async Task<List<string[]>> ApiRowsAsync(PagesHost host, string npsn, string kind)
    {
        using var http = await host.ClientAsync(PagesHost.PusdatinUser, PagesHost.PusdatinPassword);
        var bytes = await http.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind={kind}&format=csv");
        return ReadCsv(bytes);
    }

    /// <summary>An RFC 4180 CSV with a UTF-8 BOM, every row (header first).</summary>
    public static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "the CSV starts with a UTF-8 BOM");
        var text = new UTF8Encoding(false).GetString(bytes.AsSpan(3));
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < row.ColCount; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>Every sheet of a workbook, in order, with its rows; every cell must be an inline string.</summary>
    public static List<(string Name, List<string[]> Rows)> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
            {
                Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
                return cell.InlineString!.Text!.Text;
            }).ToArray()).ToList();
            return (sheet.Name!.Value!, rows);
        }).ToList();
    }

    /// <summary>
    /// Plays a person who signs in to Google with the initial password, accepts the terms and chooses an own password, then lets
    /// the school sync (through the grain: the api's sync limit is for people pressing a button) until the account is active.
    /// </summary>
    public static async Task ActivateAsync(PagesHost host, string npsn, string userId, string initialPassword)
    {
        using (var google = new HttpClient { BaseAddress = host.EmulatorUri })
        {
            var signIn = await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = initialPassword, newPassword = "Pilihan-Sendiri-42", acceptTerms = true });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        var school = host.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
        await Poll.UntilAsync(
            async () =>
            {
                await school.SyncNowAsync();
                return (await school.GetAccountsAsync(null)).Single(a => a.UserId == userId).Status;
            },
            status => status == Belajar.Abstractions.Accounts.AccountStatus.Activated,
            TimeSpan.FromSeconds(30),
            $"{userId} to be activated by the sync");
    }

    /// <summary>The cells of a row of the download by column name.</summary>
    public static string Cell(List<string[]> rows, string[] row, string column) => row[Array.IndexOf(rows[0], column)];
}
