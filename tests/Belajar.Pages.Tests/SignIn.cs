using Microsoft.Playwright;

namespace Belajar.Pages.Tests;

/// <summary>Fills a page's sign-in form.</summary>
public static class SignIn
{
    public static async Task AsAsync(IPage page, string username, string password)
    {
        await page.FillAsync("#signin input[name=username]", username);
        await page.FillAsync("#signin input[name=password]", password);
        await page.ClickAsync("#signin button[type=submit]");
        await page.WaitForSelectorAsync("#app", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
    }
}
