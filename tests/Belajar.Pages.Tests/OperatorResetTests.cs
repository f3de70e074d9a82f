using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

/// <summary>"Atur ulang kata sandi" in the operator's account list: confirmed, shown once; for an activated learner only on an in-person request with a reason.</summary>
[Collection(PagesCollection.Name)]
public sealed class OperatorResetTests(PagesHost host, SystemBrowser browser)
{
    [Fact]
    public async Task A_reset_is_confirmed_shows_the_new_password_once_and_that_password_signs_in_at_Google()
    {
        var op = DemoOperators.Of(DemoOperators.ResetSchool);
        var rows = await OperatorApp.ApiRowsAsync(host, op.Npsn, "peserta-didik");
        var learner = rows.Skip(1).First(r => OperatorApp.Cell(rows, r, "status") is "created" or "distributed");
        var (name, userId, oldPassword) = (OperatorApp.Cell(rows, learner, "nama"), OperatorApp.Cell(rows, learner, "user_id"), OperatorApp.Cell(rows, learner, "password"));
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);

        await page.GetByLabel("Cari nama, NISN atau NUPTK").FillAsync(OperatorApp.Cell(rows, learner, "nisn_nuptk"));
        var row = page.Locator($"#account-table tbody tr[data-user-id='{userId}']");
        await row.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#account-table tbody tr').length === 1");
        await row.GetByRole(AriaRole.Button, new() { Name = "Atur ulang kata sandi" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.WaitForAsync();
        Assert.Contains(name, await dialog.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Batal", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ya, atur ulang" }).ClickAsync();
        var shown = page.Locator("#new-password");
        await shown.WaitForAsync();
        var newPassword = (await shown.InnerTextAsync()).Trim();
        Assert.Contains("hanya ditampilkan sekali", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        await SystemBrowser.ScreenshotAsync(page, "operator-reset");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Selesai" }).ClickAsync();

        Assert.False(await page.Locator("#dialog").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#new-password").CountAsync());
        Assert.NotEqual(oldPassword, newPassword);
        Assert.Matches("^[A-Za-z0-9]{8,}$", newPassword);
        using var google = new HttpClient { BaseAddress = host.EmulatorUri };
        var withNew = await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = newPassword });
        Assert.Equal((HttpStatusCode)428, withNew.StatusCode); // right password, must be changed first
        var withOld = await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = oldPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        var after = await OperatorApp.ApiRowsAsync(host, op.Npsn, "peserta-didik");
        Assert.Equal(newPassword, OperatorApp.Cell(after, after.Single(r => OperatorApp.Cell(after, r, "user_id") == userId), "password"));
    }

    [Fact]
    public async Task An_activated_learner_gets_a_new_password_only_when_the_operator_confirms_an_in_person_request_with_a_reason()
    {
        var op = DemoOperators.Of(DemoOperators.ResetSchool);
        var rows = await OperatorApp.ApiRowsAsync(host, op.Npsn, "peserta-didik");
        var learner = rows.Skip(1).Last(r => OperatorApp.Cell(rows, r, "status") is "created" or "distributed");
        var (name, userId) = (OperatorApp.Cell(rows, learner, "nama"), OperatorApp.Cell(rows, learner, "user_id"));
        await OperatorApp.ActivateAsync(host, op.Npsn, userId, OperatorApp.Cell(rows, learner, "password"));
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);

        await page.SelectOptionAsync("#f-status", "activated");
        var row = page.Locator($"#account-table tbody tr[data-user-id='{userId}']");
        await Assertions.Expect(row).ToContainTextAsync("aktif");
        await row.GetByRole(AriaRole.Button, new() { Name = "Atur ulang kata sandi" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync($"Akun {name} ({userId}) sudah aktif");

        // without the confirmation nothing is sent: the dialog says what is missing
        await page.GetByRole(AriaRole.Button, new() { Name = "Beri kata sandi baru" }).ClickAsync();
        await Assertions.Expect(page.Locator("#help-missing")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#new-password").CountAsync());

        await page.GetByLabel("Pemilik akun meminta sendiri kepada saya, secara langsung.").CheckAsync();
        await page.FillAsync("#help-reason", "lupa kata sandi, datang ke ruang TU bersama wali kelas");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beri kata sandi baru" }).ClickAsync();
        var shown = page.Locator("#new-password");
        await shown.WaitForAsync();
        var newPassword = (await shown.InnerTextAsync()).Trim();

        using var google = new HttpClient { BaseAddress = host.EmulatorUri };
        var first = await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = newPassword });
        Assert.Equal((HttpStatusCode)428, first.StatusCode); // the right password, to be changed first
        var changed = await google.PostAsJsonAsync(
            "/emulator/signin", new { email = userId, password = newPassword, newPassword = "Pilihan-Baru-43", acceptTerms = true });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#dialog").WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // the API refuses without the confirmation too, and a plain reset stays refused for an activated account
        using var http = await host.ClientAsync(op.Username, op.Password);
        var unconfirmed = await http.PostAsJsonAsync($"/api/v1/schools/{op.Npsn}/accounts/{userId}/password-after-activation", new { reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var refused = await http.PostAsync($"/api/v1/schools/{op.Npsn}/accounts/{userId}/reset-password", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }
}
