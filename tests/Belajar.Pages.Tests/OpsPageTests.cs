using System.Net;
using System.Net.Http.Json;
using Belajar.Api.Runs;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

[Collection(PagesCollection.Name)]
public sealed class OpsPageTests(PagesHost host, SystemBrowser browser)
{
    [Fact]
    public async Task Pusdatin_sees_the_start_up_run_completed_with_the_national_funnel_quota_and_cluster()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ops");

        await SignIn.AsAsync(page, PagesHost.PusdatinUser, PagesHost.PusdatinPassword);

        var run = host.StartupRun;
        var row = page.Locator($"#runs tr[data-run='{run.RunId}'][data-state='Completed']");
        await row.WaitForAsync();
        var text = await row.InnerTextAsync();
        Assert.Contains($"{run.SchoolsTotal} / {run.SchoolsTotal}", text, StringComparison.Ordinal);
        Assert.Contains($"{run.AccountsCreated} / {run.AccountsEligible}", text, StringComparison.Ordinal);
        await page.Locator("#provinces tr[data-key='020000'] a[href='/wilayah/020000']").WaitForAsync();
        await page.Locator("#cluster", new() { HasText = "1 silo aktif" }).WaitForAsync();
        await page.Locator("#cluster", new() { HasText = "SchoolGrain" }).WaitForAsync();
        await page.Locator("#quota-in-window").WaitForAsync();
        var sync = page.Locator("#quota-classes tr[data-class='Sync']");
        await sync.WaitForAsync(); // the silo's report of its use per class, with the default Directory:Shares
        Assert.Contains("25%", await sync.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("45%", await page.Locator("#quota-classes tr[data-class='Bulk']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("#quota-classes tbody tr").CountAsync());
        Assert.Equal(4, await page.Locator("#quota-classes tbody td[data-longest-wait-ms]").CountAsync()); // each class's longest wait
        Assert.Contains("Tunggu terlama", await page.Locator("#quota-classes thead").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#run-plan[data-run='']", new() { HasText = "Tidak ada proses yang berjalan" }).WaitForAsync(); // the run completed
        Assert.Equal("id", await page.GetAttributeAsync("html", "lang"));
        await SystemBrowser.ScreenshotAsync(page, "ops-pusdatin");
    }

    [Fact]
    public async Task Pusdatin_watches_a_new_run_appear_and_progress_to_completion_without_reloading()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ops");
        await SignIn.AsAsync(page, PagesHost.PusdatinUser, PagesHost.PusdatinPassword);
        await page.Locator("#runs tr[data-run]").First.WaitForAsync();
        var seen = new List<string>();

        using var http = await host.ClientAsync(PagesHost.PusdatinUser, PagesHost.PusdatinPassword);
        var started = await http.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = Belajar.DevHost.Embedded.SampleSnapshot.Find(), dryRun = true });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = (await started.Content.ReadFromJsonAsync<StartRunResponse>(Json.Options))!.RunId;

        var row = page.Locator($"#runs tr[data-run='{runId}']");
        await row.WaitForAsync();
        seen.Add(await row.GetAttributeAsync("data-state") ?? "");
        await page.Locator($"#runs tr[data-run='{runId}'][data-state='Completed']").WaitForAsync(new() { Timeout = 60_000 });
        var text = await row.InnerTextAsync();

        Assert.Contains(seen[0], new[] { "Running", "Completed" });
        Assert.Contains("(uji coba)", text, StringComparison.Ordinal);
        Assert.Contains("Selesai", text, StringComparison.Ordinal);
        Assert.Contains($"{host.StartupRun.SchoolsTotal} / {host.StartupRun.SchoolsTotal}", text, StringComparison.Ordinal);
        Assert.Equal(runId, await page.Locator("#runs tbody tr").First.GetAttributeAsync("data-run"));
        await SystemBrowser.ScreenshotAsync(page, "ops-second-run");
    }

    [Fact]
    public async Task Pusdatin_sees_that_the_deactivation_window_is_too_short_for_the_quota_with_the_window_that_fits()
    {
        // the silo's own start-up check, run again now that the start-up run's accounts await their deadline
        var check = host.Services.GetRequiredService<DeactivationWindowCheck>();
        var fit = await Poll.UntilAsync(() => check.CheckAsync(), f => f is { Fits: false }, TimeSpan.FromSeconds(30), "pending accounts in the national funnel");
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ops");
        await SignIn.AsAsync(page, PagesHost.PusdatinUser, PagesHost.PusdatinPassword);

        var warning = page.Locator("#deactivation-window[data-fits='false'][role='alert']");
        await warning.WaitForAsync();
        var text = await warning.InnerTextAsync();
        Assert.Contains("Lifecycle:DeactivationWindow", text, StringComparison.Ordinal);
        Assert.Contains($"minimal {Span(fit!.WindowNeeded)}.", text, StringComparison.Ordinal);
        await SystemBrowser.ScreenshotAsync(page, "ops-window-too-short");
    }

    private static string Span(TimeSpan t) =>
        string.Join(' ', new[] { (t.Days, "hari"), (t.Hours, "jam"), (t.Minutes, "menit") }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}"));

    [Fact]
    public async Task Ops_page_shows_a_regional_administrator_no_national_data()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ops");

        await SignIn.AsAsync(page, PagesHost.AdminUser, PagesHost.AdminPassword);

        await page.Locator("#refused", new() { HasText = "khusus Pusdatin" }).WaitForAsync();
        Assert.False(await page.Locator("#content").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#runs tr[data-run]").CountAsync());
        Assert.Equal($"/wilayah/{PagesHost.AdminRegion}", await page.Locator("#refused a").GetAttributeAsync("href"));
    }
}
