using System.Net;

namespace Belajar.Pages.Tests;

[Collection(PagesCollection.Name)]
public sealed class OrleansDashboardAccessTests(PagesHost host)
{
    [Fact]
    public async Task Orleans_dashboard_answers_Pusdatin()
    {
        using var http = await host.ClientAsync(PagesHost.PusdatinUser, PagesHost.PusdatinPassword);

        var response = await http.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(PagesHost.DinasUser, PagesHost.DinasPassword)]
    [InlineData(PagesHost.AdminUser, PagesHost.AdminPassword)]
    public async Task Orleans_dashboard_refuses_a_regional_user(string user, string password)
    {
        using var http = await host.ClientAsync(user, password);

        var page = await http.GetAsync("/dashboard/");
        var session = await http.PostAsync("/api/v1/dashboards/session", null);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, session.StatusCode);
        Assert.False(session.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Orleans_dashboard_refuses_a_browser_without_a_session()
    {
        using var http = await host.ClientAsync();

        var response = await http.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_cookie_opens_the_orleans_dashboard_and_nothing_else()
    {
        using var pusdatin = await host.ClientAsync(PagesHost.PusdatinUser, PagesHost.PusdatinPassword);
        var session = await pusdatin.PostAsync("/api/v1/dashboards/session", null);
        var cookie = Assert.Single(session.Headers.GetValues("Set-Cookie"));
        using var browser = await host.ClientAsync();
        browser.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);

        var dashboard = await browser.GetAsync("/dashboard/");
        var api = await browser.GetAsync("/api/v1/dashboards/ops");

        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
