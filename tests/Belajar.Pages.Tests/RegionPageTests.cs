using System.Net.Http.Json;
using Belajar.Api.Dashboards;
using Belajar.Api.Runs;
using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

[Collection(PagesCollection.Name)]
public sealed class RegionPageTests(PagesHost host, SystemBrowser browser)
{
    [Fact]
    public async Task Dinas_sees_its_province_with_the_kabupaten_furthest_behind_first()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/wilayah/{PagesHost.DinasRegion}");

        await SignIn.AsAsync(page, PagesHost.DinasUser, PagesHost.DinasPassword);
        await page.Locator("#children tbody tr").First.WaitForAsync();

        var shown = await RowKeysAsync(page);
        var expected = await RegionAsync(PagesHost.DinasUser, PagesHost.DinasPassword, PagesHost.DinasRegion);
        Assert.Equal(expected.Children.Select(c => c.Key), shown);
        Assert.Equal(["020100", "020200", "026200"], shown.Order(StringComparer.Ordinal));
        Assert.Contains("Jawa Barat", await page.Locator("#title").InnerTextAsync(), StringComparison.Ordinal);
        await SystemBrowser.ScreenshotAsync(page, "wilayah-dinas");
    }

    [Fact]
    public async Task Regional_administrator_sees_the_schools_of_its_kabupaten_and_is_refused_another_region()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/wilayah/{PagesHost.AdminRegion}");
        await SignIn.AsAsync(page, PagesHost.AdminUser, PagesHost.AdminPassword);
        await page.Locator("#children tbody tr").First.WaitForAsync();

        var shown = await RowKeysAsync(page);
        var expected = await RegionAsync(PagesHost.AdminUser, PagesHost.AdminPassword, PagesHost.AdminRegion);
        Assert.Equal(expected.Children.Select(c => c.Key), shown);
        Assert.All(expected.Children, c => Assert.True(c.IsSchool));
        Assert.NotEmpty(shown);
        Assert.Subset(SampleSchoolsOf("0201"), shown.ToHashSet());
        await SystemBrowser.ScreenshotAsync(page, "wilayah-admin");

        await page.GotoAsync("/wilayah/070000");
        await page.Locator("#refused", new() { HasText = PagesHost.AdminRegion }).WaitForAsync();

        Assert.False(await page.Locator("#content").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#children tbody tr").CountAsync());
        await SystemBrowser.ScreenshotAsync(page, "wilayah-refused");
    }

    [Fact]
    public async Task Province_page_draws_the_funnel_per_kabupaten_as_svg_and_lists_the_schools_furthest_behind()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/wilayah/{PagesHost.DinasRegion}");
        await SignIn.AsAsync(page, PagesHost.DinasUser, PagesHost.DinasPassword);
        await page.Locator("#behind li").First.WaitForAsync();

        var expected = await RegionAsync(PagesHost.DinasUser, PagesHost.DinasPassword, PagesHost.DinasRegion);
        var bars = await page.Locator("#chart svg.funnel-chart g[data-key]").EvaluateAllAsync<string[]>("groups => groups.map(g => g.dataset.key)");
        var behind = await page.Locator("#behind li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.key)");

        Assert.Equal(expected.Children.Select(c => c.Key), bars);
        Assert.Contains("Kab.", await page.Locator("#chart svg").GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Equal("Corong per kabupaten/kota, paling tertinggal lebih dulu", await page.Locator("#chart h2").InnerTextAsync());
        Assert.NotEmpty(expected.SchoolsBehind);
        Assert.All(expected.SchoolsBehind, s => Assert.True(s.IsSchool));
        Assert.Subset(SampleSchoolsOf("02"), expected.SchoolsBehind.Select(s => s.Key).ToHashSet());
        Assert.Equal(expected.SchoolsBehind.Select(s => s.Key), behind);
        var activation = expected.SchoolsBehind.Select(s => s.Activation).ToList();
        Assert.Equal(activation.Order(), activation);
    }

    [Fact]
    public async Task Region_table_exports_as_csv_with_one_line_per_row()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/wilayah/{PagesHost.AdminRegion}");
        await SignIn.AsAsync(page, PagesHost.AdminUser, PagesHost.AdminPassword);
        await page.Locator("#children tbody tr").First.WaitForAsync();
        var keys = await RowKeysAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var path = Path.Combine(SystemBrowser.ArtifactFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).ToList();

        Assert.Equal($"wilayah-{PagesHost.AdminRegion}.csv", download.SuggestedFilename);
        Assert.StartsWith("kode,nama,berhak,dibuat", lines[0], StringComparison.Ordinal);
        Assert.Equal(keys, lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Region_page_fits_a_phone_screen_without_sideways_scrolling_of_the_page()
    {
        await using var context = await browser.NewContextAsync(host.BaseAddress, phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/wilayah/{PagesHost.DinasRegion}");
        await SignIn.AsAsync(page, PagesHost.DinasUser, PagesHost.DinasPassword);
        await page.Locator("#children tbody tr").First.WaitForAsync();

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone's screen");
        await SystemBrowser.ScreenshotAsync(page, "wilayah-phone");
    }

    // NPSNs of the sample snapshot's schools whose kode wilayah starts with the prefix
    private static HashSet<string> SampleSchoolsOf(string prefix) =>
        File.ReadLines(Path.Combine(Belajar.DevHost.Embedded.SampleSnapshot.Find()!, "sekolah.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells[5].StartsWith(prefix, StringComparison.Ordinal))
            .Select(cells => cells[1])
            .ToHashSet();

    private static async Task<List<string>> RowKeysAsync(IPage page) =>
        [.. (await page.Locator("#children tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)"))];

    private async Task<RegionView> RegionAsync(string user, string password, string kode)
    {
        using var http = await host.ClientAsync(user, password);
        return (await http.GetFromJsonAsync<RegionView>($"/api/v1/dashboards/regions/{kode}", Json.Options))!;
    }
}
