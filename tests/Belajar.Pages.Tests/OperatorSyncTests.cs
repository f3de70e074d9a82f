using System.Net;
using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

/// <summary>"Sinkronkan sekarang": it cannot be pressed into a loop, and the server refuses a sync asked for too soon.</summary>
[Collection(PagesCollection.Name)]
public sealed class OperatorSyncTests(PagesHost host, SystemBrowser browser)
{
    [Fact]
    public async Task Sync_now_is_held_after_a_press_and_the_server_answers_429_with_Retry_After_to_a_second_one()
    {
        var op = DemoOperators.Of(DemoOperators.SyncSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Sinkronkan sekarang", Exact = true });
        Assert.True(await button.IsEnabledAsync());

        await button.ClickAsync();

        Assert.True(await button.IsDisabledAsync());
        await page.Locator("#sync-status", new() { HasText = "Sinkronisasi dimulai" }).WaitForAsync();
        using var http = await host.ClientAsync(op.Username, op.Password);
        var again = await http.PostAsync($"/api/v1/schools/{op.Npsn}/sync", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);
        var retryAfter = again.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
        Assert.Contains("detik", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await page.ReloadAsync();
        await page.Locator("#sync-status", new() { HasText = "Sinkronisasi berikutnya bisa dalam" }).WaitForAsync();
        Assert.True(await button.IsDisabledAsync(), "a reload does not open the button before the interval is over");
        await SystemBrowser.ScreenshotAsync(page, "operator-sync");
    }
}
