using System.Net;
using System.Net.Http.Json;
using Belajar.Api.Schools;
using Belajar.Api.Stats;
using Microsoft.Playwright;
using Belajar.TestSupport;

namespace Belajar.Pages.Tests;

/// <summary>The school operator's app at <c>/</c>: sign-in, the school's page, the language, another school, phone and keyboard.</summary>
[Collection(PagesCollection.Name)]
public sealed class OperatorAppTests(PagesHost host, SystemBrowser browser)
{
    [Fact]
    public async Task Operator_signs_in_at_the_root_and_sees_the_own_school_with_counts_per_kind_and_stage_in_Indonesian()
    {
        var op = DemoOperators.Of(DemoOperators.SignInSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Type == "error")
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync("/");
        Assert.Equal("id", await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.GetByLabel("Nama pengguna", new() { Exact = true }).IsVisibleAsync());
        Assert.True(await page.GetByLabel("Kata sandi", new() { Exact = true }).IsVisibleAsync());

        await page.GetByLabel("Nama pengguna", new() { Exact = true }).FillAsync(op.Username);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(op.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await page.Locator("#school-name", new() { HasText = op.SchoolName }).WaitForAsync();

        using var http = await host.ClientAsync(op.Username, op.Password);
        var summary = (await http.GetFromJsonAsync<SchoolSummary>($"/api/v1/schools/{op.Npsn}/summary", Json.Options))!;
        var funnel = (await http.GetFromJsonAsync<FunnelResponse>($"/api/v1/schools/{op.Npsn}/stats", Json.Options))!;
        Assert.Equal(funnel.Eligible, summary.Total.Eligible);
        Assert.Equal(funnel.Created, summary.Total.Created);
        Assert.Equal(funnel.Activated, summary.Total.Activated);
        Assert.Equal(summary.Total.Eligible, summary.Kinds.Sum(k => k.Counters.Eligible));
        await Assertions.Expect(page.Locator("#school-meta")).ToContainTextAsync(op.Npsn);
        foreach (var kind in summary.Kinds)
        {
            await Assertions.Expect(page.Locator($"#kinds [data-kind='{kind.Kind}'] b"))
                .ToHaveTextAsync(kind.Counters.Eligible.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("#stages tr[data-stage='created'] td.num").First)
            .ToHaveTextAsync(summary.Total.Created.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stages = await page.Locator("#stages tbody th").AllInnerTextsAsync();
        Assert.Equal(["dibuat", "dibagikan", "login pertama", "aktif", "dinonaktifkan", "gagal"], stages);
        await Assertions.Expect(page.Locator("#deadline")).ToContainTextAsync("Batas aktivasi");
        await Assertions.Expect(page.Locator("#deadline")).ToContainTextAsync($"Tinggal {summary.DaysLeft} hari");
        foreach (var name in new[] { "Unduh Akun Peserta Didik", "Unduh Akun PTK", "Unduh Akun Admin", "Unduh Semua", "Cetak Kartu Akun", "Keluar" })
        {
            Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).IsVisibleAsync(), $"button '{name}'");
        }

        await page.Locator("#account-table tbody tr").First.WaitForAsync();
        Assert.Equal(summary.Total.Eligible, await page.Locator("#account-table tbody tr").CountAsync());
        Assert.Empty(violations);
        await SystemBrowser.ScreenshotAsync(page, "operator-school");

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar", Exact = true }).ClickAsync();
        await page.Locator("#signin").WaitForAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('belajar.token')"));
    }

    [Fact]
    public async Task A_wrong_password_and_a_throttled_account_get_Indonesian_messages_that_say_how_long_to_wait()
    {
        var op = DemoOperators.Of(DemoOperators.SignInSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var error = page.Locator("#signin .error");

        await page.FillAsync("#username", op.Username);
        await page.FillAsync("#password", "bukan-kata-sandinya");
        await page.ClickAsync("#signin button[type=submit]");
        await error.Filter(new() { HasText = "Nama pengguna atau kata sandi salah" }).WaitForAsync();

        // an unknown user, so that no real operator is locked out for the other tests
        await page.FillAsync("#username", "tidak.ada.operator@contoh.id");
        for (var attempt = 0; attempt < 8 && !(await error.InnerTextAsync()).Contains("Tunggu", StringComparison.Ordinal); attempt++)
        {
            await page.FillAsync("#password", $"salah-{attempt}");
            await page.ClickAsync("#signin button[type=submit]");
            await page.WaitForFunctionAsync("() => !document.querySelector('#signin .error').textContent.includes('Sedang masuk')");
        }

        var text = await error.InnerTextAsync();
        Assert.Matches(@"Terlalu banyak percobaan masuk yang gagal\. Tunggu \d+ (detik|menit), lalu coba lagi\.", text);
        Assert.True(await page.Locator("#signin button[type=submit]").IsDisabledAsync(), "the button waits while the account is locked");
        await SystemBrowser.ScreenshotAsync(page, "operator-throttled");
    }

    [Fact]
    public async Task Language_switches_to_English_and_back_and_is_remembered()
    {
        var op = DemoOperators.Of(DemoOperators.SignInSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("id", await page.GetAttributeAsync("html", "lang"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();

        // the page re-renders after the click: wait for what it shows rather than reading it once
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByLabel("Username", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.FillAsync("#username", op.Username);
        await page.FillAsync("#password", op.Password);
        await page.ClickAsync("#signin button[type=submit]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Download learner accounts" }).WaitForAsync();
        await Assertions.Expect(page.Locator("#deadline")).ToContainTextAsync("days left");
        await Assertions.Expect(page.Locator("#account-table")).ToContainTextAsync("Reset password");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ganti ke Bahasa Indonesia" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Unduh Akun Peserta Didik", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#account-table")).ToContainTextAsync("Atur ulang kata sandi");
        await page.ReloadAsync();
        await page.Locator("#school-name", new() { HasText = op.SchoolName }).WaitForAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        Assert.Equal("id", await page.EvaluateAsync<string>("localStorage.getItem('belajar.lang')"));
    }

    [Fact]
    public async Task Another_schools_page_is_refused_and_shows_none_of_its_data()
    {
        var op = DemoOperators.Of(DemoOperators.SignInSchool);
        var other = DemoOperators.Of(DemoOperators.DownloadSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/sekolah/{other.Npsn}");
        await SignIn.AsAsync(page, op.Username, op.Password);

        await page.Locator("#refused", new() { HasText = other.Npsn }).WaitForAsync();

        Assert.False(await page.Locator("#content").IsVisibleAsync());
        Assert.DoesNotContain(other.SchoolName, await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/", await page.Locator("#refused a").GetAttributeAsync("href"));
        using var http = await host.ClientAsync(op.Username, op.Password);
        foreach (var path in new[] { "summary", "accounts/list", "accounts/cards", "accounts/all", "accounts?kind=ptk" })
        {
            var response = await http.GetAsync($"/api/v1/schools/{other.Npsn}/{path}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        var sync = await http.PostAsync($"/api/v1/schools/{other.Npsn}/sync", null);
        Assert.Equal(HttpStatusCode.Forbidden, sync.StatusCode);
        await SystemBrowser.ScreenshotAsync(page, "operator-refused");
    }

    [Fact]
    public async Task The_app_fits_a_360_px_phone_without_sideways_scrolling()
    {
        var op = DemoOperators.Of(DemoOperators.PhoneSchool);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, "the sign-in page is wider than the phone");

        await OperatorApp.SignInAsync(page, op);
        await page.Locator("#account-table tbody tr").First.WaitForAsync();
        await page.Locator("#stages tbody tr").First.WaitForAsync();

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone's screen");
        await page.Locator("#account-table tbody tr button.reset").First.ClickAsync();
        await page.Locator("#dialog").WaitForAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, "the dialog is wider than the phone");
        await SystemBrowser.ScreenshotAsync(page, "operator-phone-dialog");
        await page.Keyboard.PressAsync("Escape");
        await SystemBrowser.ScreenshotAsync(page, "operator-phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SystemBrowser.ArtifactFolder, "operator-phone-top.png") });
        await page.Locator("#accounts").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SystemBrowser.ArtifactFolder, "operator-phone-list.png") });
    }

    [Fact]
    public async Task Keyboard_alone_signs_in_and_downloads()
    {
        var op = DemoOperators.Of(DemoOperators.KeyboardSchool);
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await TabToAsync(page, "document.activeElement.id === 'username'");
        await page.Keyboard.TypeAsync(op.Username);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("password", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync(op.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#school-name", new() { HasText = op.SchoolName }).WaitForAsync();

        await TabToAsync(page, "document.activeElement.textContent.trim() === 'Unduh Akun Peserta Didik'");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.Equal($"akun-{op.Npsn}-peserta-didik.csv", download.SuggestedFilename);
        var path = Path.Combine(SystemBrowser.ArtifactFolder, "keyboard-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var rows = SheetReaders.ReadCsv(await File.ReadAllBytesAsync(path));
        Assert.Equal(await OperatorApp.ApiRowsAsync(host, op.Npsn, "peserta-didik"), rows);
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_no_inline_script()
    {
        using var http = await host.ClientAsync();
        foreach (var path in new[] { "/", "/sekolah/11234567", "/ops", "/wilayah/020000", "/assets/operator.js" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            if (response.Content.Headers.ContentType!.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html);
                Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
                Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
            }
        }

        var first = await http.GetAsync("/assets/i18n.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/assets/i18n.js");
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);
    }

    private static async Task TabToAsync(IPage page, string condition)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached: {condition}");
    }
}
