using System.Net;
using System.Net.Http.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Schools;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

/// <summary>What the operator app's tests share: signing in, the api's own rows, a person activating.</summary>
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
        return SheetReaders.ReadCsv(bytes);
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
