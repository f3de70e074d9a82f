using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

/// <summary>"Cetak Kartu Akun": the cards page opened from the app, printed to PDF by the browser and read back with pdftotext.</summary>
[Collection(PagesCollection.Name)]
public sealed class OperatorCardsTests(PagesHost host, SystemBrowser browser)
{
    private static readonly string[] Kinds = ["peserta-didik", "ptk", "admin"];

    [Fact]
    public async Task The_whole_schools_cards_print_one_card_per_person_with_no_password_for_an_activated_account()
    {
        var op = DemoOperators.Of(DemoOperators.CardsSchool);
        var learners = await OperatorApp.ApiRowsAsync(host, op.Npsn, "peserta-didik");
        var activated = learners.Skip(1).First(r => OperatorApp.Cell(learners, r, "status") is "created" or "distributed");
        var activatedId = OperatorApp.Cell(learners, activated, "user_id");
        var activatedPassword = OperatorApp.Cell(learners, activated, "password");
        await OperatorApp.ActivateAsync(host, op.Npsn, activatedId, activatedPassword);
        var people = new List<(string Name, string UserId, string Password, string Rombel)>();
        foreach (var kind in Kinds)
        {
            var rows = await OperatorApp.ApiRowsAsync(host, op.Npsn, kind);
            people.AddRange(rows.Skip(1).Where(r => OperatorApp.Cell(rows, r, "user_id").Length > 0).Select(r => (
                OperatorApp.Cell(rows, r, "nama"), OperatorApp.Cell(rows, r, "user_id"), OperatorApp.Cell(rows, r, "password"), OperatorApp.Cell(rows, r, "rombel"))));
        }

        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);
        Assert.Equal("", await page.InputValueAsync("#cards-scope"));
        var cards = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Cetak Kartu Akun", Exact = true }).ClickAsync());
        // asked of the tab's own document (a navigation event of a fresh popup can pass before Playwright follows it): the cards
        // came from a blob and are parsed whole
        await cards.WaitForFunctionAsync("() => location.protocol === 'blob:' && document.readyState !== 'loading'");
        await cards.Locator("article.card").First.WaitForAsync();

        Assert.DoesNotContain(activatedPassword, cards.Url, StringComparison.Ordinal);
        var shownIds = await cards.Locator("article.card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.userId)");
        Assert.Equal(people.Select(p => p.UserId).Order(StringComparer.Ordinal), shownIds.Order(StringComparer.Ordinal));
        Assert.Contains("Mono", await cards.Locator(".password").First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
        var learnerOrder = people.Where(p => p.Rombel.Length > 0).ToDictionary(p => p.UserId);
        var printedLearners = shownIds.Where(learnerOrder.ContainsKey).Select(id => learnerOrder[id]).ToList();
        Assert.Equal(printedLearners.Select(p => p.Rombel).Distinct().Count(), printedLearners.Select((p, i) => i == 0 || p.Rombel != printedLearners[i - 1].Rombel).Count(b => b));
        foreach (var rombel in printedLearners.GroupBy(p => p.Rombel))
        {
            Assert.Equal(rombel.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase), rombel.Select(p => p.Name));
        }

        await SystemBrowser.ScreenshotAsync(cards, "operator-cards");
        var pdf = Path.Combine(SystemBrowser.ArtifactFolder, $"kartu-{op.Npsn}.pdf");
        await cards.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        var text = await PdfTextAsync(pdf);
        var flat = Regex.Replace(text, @"\s+", "");

        Assert.DoesNotContain("Cetak kartu", text, StringComparison.Ordinal); // the toolbar is not printed
        foreach (var person in people)
        {
            // one card per person: the user id once, after its label
            Assert.Single(Regex.Matches(flat, "(?i:pengguna)" + Regex.Escape(person.UserId) + "(?![a-z0-9._@-])"));
            Assert.Contains(Regex.Replace(person.Name, @"\s+", ""), flat, StringComparison.Ordinal);
            if (person.UserId == activatedId)
            {
                continue;
            }

            Assert.Contains(person.Password, flat, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(activatedPassword, flat, StringComparison.Ordinal);
        var activatedCard = flat[flat.IndexOf(activatedId, StringComparison.Ordinal)..];
        activatedCard = activatedCard[..activatedCard.IndexOf("www.belajar.id", StringComparison.Ordinal)];
        Assert.Contains("Akuninisudahaktif", activatedCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Katasandiawal", activatedCard, StringComparison.OrdinalIgnoreCase);
        foreach (var step in new[] { "mail.google.com", "persyaratanlayananGoogle", "Gantikatasandiawal", "www.belajar.id", "Aktifkansebelum" })
        {
            Assert.Contains(step, flat, StringComparison.Ordinal);
        }

        Assert.True(await PdfPagesAsync(pdf) >= people.Count / 8, "cards fill A4 pages");
    }

    [Fact]
    public async Task Cards_of_one_rombel_hold_only_its_learners_by_name()
    {
        var op = DemoOperators.Of(DemoOperators.CardsSchool);
        var learners = await OperatorApp.ApiRowsAsync(host, op.Npsn, "peserta-didik");
        var rombel = learners.Skip(1).Where(r => OperatorApp.Cell(learners, r, "user_id").Length > 0)
            .GroupBy(r => OperatorApp.Cell(learners, r, "rombel")).OrderByDescending(g => g.Count()).First();
        await using var context = await browser.NewContextAsync(host.BaseAddress);
        var page = await context.NewPageAsync();
        await OperatorApp.SignInAsync(page, op);

        await page.GetByLabel("Cetak kartu untuk").SelectOptionAsync($"rombel:{rombel.Key}");
        var cards = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Cetak Kartu Akun", Exact = true }).ClickAsync());
        // asked of the tab's own document (a navigation event of a fresh popup can pass before Playwright follows it): the cards
        // came from a blob and are parsed whole
        await cards.WaitForFunctionAsync("() => location.protocol === 'blob:' && document.readyState !== 'loading'");
        await cards.Locator("article.card").First.WaitForAsync();

        var shown = await cards.Locator("article.card h2").AllInnerTextsAsync();
        Assert.Equal(rombel.Select(r => OperatorApp.Cell(learners, r, "nama")).Order(StringComparer.OrdinalIgnoreCase), shown);
        Assert.Contains($"Rombel {rombel.Key}", await cards.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("id", await cards.GetAttributeAsync("html", "lang"));
    }

    // The text of the cards column by column (A4 is 595 x 842 points at pdftotext's 72 dpi; two cards a row): a card's lines stay
    // together, where reading the page whole would interleave the two cards of a row.
    private static async Task<string> PdfTextAsync(string pdf)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (x, width) in new[] { (0, 298), (298, 297) })
        {
            var output = $"{pdf}.{x}.txt";
            await RunAsync("pdftotext", $"-enc UTF-8 -x {x} -y 0 -W {width} -H 842 \"{pdf}\" \"{output}\"");
            text.AppendLine(await File.ReadAllTextAsync(output));
        }

        return text.ToString();
    }

    private static async Task<int> PdfPagesAsync(string pdf)
    {
        var info = await RunAsync("pdfinfo", $"\"{pdf}\"");
        return int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string tool, string arguments)
    {
        if (!File.Exists($"/usr/bin/{tool}"))
        {
            throw new InvalidOperationException($"/usr/bin/{tool} is missing: install Debian's poppler-utils (apt-get install -y poppler-utils, or run ./test.sh as root).");
        }

        using var process = Process.Start(new ProcessStartInfo($"/usr/bin/{tool}", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {stderr}");
        return stdout;
    }
}
