using System.Net;
using System.Net.Http.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Domain;
using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

/// <summary>
/// "Aktifkan kembali" in the operator's account list, for an account its deadline deactivated (<see cref="PastDeadlineHost"/>):
/// confirmed first, the new initial password shown once, the account back as created with its own new deadline, and that
/// password signs in at Google, to be changed.
/// </summary>
[Collection(PastDeadlineCollection.Name)]
public sealed class OperatorReactivateTests(PastDeadlineHost host, SystemBrowser browser)
{
    [Fact]
    public async Task A_deactivated_account_is_reactivated_after_a_confirmation_and_its_new_password_signs_in_at_Google()
    {
        var op = DemoOperators.Of(PastDeadlineHost.School);
        var learner = (await host.AccountsAsync()).First(a => a.Role == AccountRole.PesertaDidik && a.Status == AccountStatus.Deactivated);
        var userId = learner.UserId!;
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);
        await Assertions.Expect(page.Locator("#deadline")).ToContainTextAsync("sudah lewat");

        await page.SelectOptionAsync("#f-status", "deactivated");
        var row = page.Locator($"#account-table tbody tr[data-user-id='{userId}']");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("dinonaktifkan");
        Assert.Equal(0, await row.GetByRole(AriaRole.Button, new() { Name = "Atur ulang kata sandi" }).CountAsync());
        var reactivate = row.GetByRole(AriaRole.Button, new() { Name = "Aktifkan kembali" });

        // asked first: cancelled, nothing is sent
        await reactivate.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync($"Akun {learner.Nama} ({userId}) dinonaktifkan karena tidak diaktifkan sebelum batas waktu");
        Assert.Equal("Batal", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        await Assertions.Expect(page.Locator("#dialog")).ToBeHiddenAsync();
        Assert.Equal(AccountStatus.Deactivated, (await host.AccountsAsync()).Single(a => a.UserId == userId).Status);

        await reactivate.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Aktifkan kembali" }).ClickAsync();
        var shown = page.Locator("#new-password");
        await shown.WaitForAsync();
        var newPassword = (await shown.InnerTextAsync()).Trim();
        await Assertions.Expect(dialog).ToContainTextAsync("Akun aktif kembali");
        await Assertions.Expect(dialog).ToContainTextAsync("hanya ditampilkan sekali");
        await Assertions.Expect(page.Locator("#new-deadline")).ToContainTextAsync("Batas aktivasi baru");
        await SystemBrowser.ScreenshotAsync(page, "operator-reactivate");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Selesai" }).ClickAsync();
        await Assertions.Expect(page.Locator("#dialog")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("#new-password").CountAsync());
        Assert.Matches("^[A-Za-z0-9]{8,}$", newPassword);

        // the list: gone from the deactivated ones, back as created (to be reset, not reactivated); the school's deadline is its new one
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await page.SelectOptionAsync("#f-status", "created");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("dibuat");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Atur ulang kata sandi" })).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Aktifkan kembali" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#deadline")).ToContainTextAsync($"Tinggal {PastDeadlineHost.GracePeriod.Days} hari");
        Assert.Equal(AccountStatus.Created, (await host.AccountsAsync()).Single(a => a.UserId == userId).Status);

        // Google: no longer suspended, the new password is right and must be changed first
        using var google = new HttpClient { BaseAddress = host.EmulatorUri };
        var signIn = await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = newPassword });
        Assert.Equal((HttpStatusCode)428, signIn.StatusCode);
    }
}
