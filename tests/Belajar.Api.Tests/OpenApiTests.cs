using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Belajar.Api.Tests;

public sealed partial class OpenApiTests
{
    [Fact]
    public async Task Document_lists_the_endpoints_and_the_bearer_scheme()
    {
        await using var api = await TestApi.StartAsync();

        var document = JsonNode.Parse(await api.Client().GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/auth/token", paths);
        Assert.Contains("/api/v1/audit", paths);
        Assert.Contains("/api/v1/schools/{npsn}/accounts", paths);
        Assert.Contains("/api/v1/schools/{npsn}/accounts/{userId}/reset-password", paths);
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/api/v1/audit"]!["get"]!["security"]);
        Assert.Null(document["paths"]!["/api/v1/auth/token"]!["post"]!["security"]);
    }

    [Fact]
    public async Task Download_is_documented_as_csv_or_xlsx()
    {
        await using var api = await TestApi.StartAsync();

        var document = JsonNode.Parse(await api.Client().GetStringAsync("/openapi/v1.json"))!;

        var ok = document["paths"]!["/api/v1/schools/{npsn}/accounts"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        Assert.Equal(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"], ok.Select(c => c.Key).Order());
        Assert.All(ok, c => Assert.Equal("#/components/schemas/Stream", c.Value!["schema"]!["$ref"]!.GetValue<string>()));
        Assert.Equal("binary", document["components"]!["schemas"]!["Stream"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Scalar_page_loads_its_script_from_this_server_not_a_cdn()
    {
        await using var api = await TestApi.StartAsync();
        var client = api.Client();

        var redirect = await client.GetAsync("/scalar");
        var page = await client.GetStringAsync(redirect.Headers.Location?.ToString() ?? "/scalar");

        var scripts = ScriptSources().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, src => Assert.DoesNotMatch("^(https?:)?//", src));
        Assert.Contains("\"withDefaultFonts\":false", page);
        Assert.DoesNotContain("https://", page);
        foreach (var src in scripts)
        {
            var url = src.StartsWith('/') ? src : "/scalar/" + src;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    [GeneratedRegex("<script[^>]*\\bsrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}
