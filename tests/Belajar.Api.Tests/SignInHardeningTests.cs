using System.Net;
using System.Net.Http.Json;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Api.Tests;

public sealed class SignInHardeningTests
{
    [Fact]
    public async Task An_unknown_username_reaches_neither_log_nor_audit_as_typed()
    {
        await using var api = await TestApi.StartAsync();
        const string typed = "Rahasia#SalahKolom99";

        await api.SignInAsync(typed, "apa saja");

        var failure = (await api.Audit.QueryAsync(new AuditQuery(Action: AuditActions.SignInFailed))).Single();
        Assert.Equal(AuthEndpoints.UnknownUser(typed), failure.Actor);
        Assert.StartsWith("tidak-dikenal:", failure.Actor, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains(typed, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(api.Logs.Lines, line => line.Contains(failure.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Operators_with_a_hash_below_the_minimum_cost_cannot_sign_in_and_their_import_warns_naming_the_setting()
    {
        await using var api = await TestApi.StartAsync(new() { ["Identity:MinimumHashCost"] = "5" });
        var operators = api.App.Services.GetRequiredService<OperatorUsers>();
        var strong = BCrypt.Net.BCrypt.HashPassword("Kuat#Rahasia7", 5);

        var (loaded, refused) = await operators.ReplaceAsync(
        [
            ("lemah@sekolah.id", TestApi.Hash("Lemah#Rahasia7"), "20200005", "Operator Lemah"),
            ("md5@sekolah.id", "5f4dcc3b5aa765d61d8327deb882cf99", "20200006", "Operator MD5"),
            ("kuat@sekolah.id", strong, "20200007", "Operator Kuat"),
        ]);

        Assert.Equal((1, 2), (loaded, refused));
        Assert.Contains(api.Logs.Lines, line => line.Contains("Identity:MinimumHashCost", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SignInAsync("lemah@sekolah.id", "Lemah#Rahasia7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync("kuat@sekolah.id", "Kuat#Rahasia7")).StatusCode);
    }

    [Theory]
    [InlineData(null, "10.0.0.1")]
    [InlineData("10.0.0.1", "10.9.9.9")]
    public async Task Forwarded_for_counts_only_from_a_configured_proxy(string? proxy, string seen)
    {
        var settings = new Dictionary<string, string?>();
        if (proxy is not null)
        {
            settings["ForwardedHeaders:KnownProxies:0"] = proxy;
        }

        await using var api = await TestApi.StartAsync(settings, users: true, map: app => app.UseForwardedHeaders());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { username = TestApi.OperatorA, password = "salah" }),
        };
        request.Headers.Add("X-Forwarded-For", "10.9.9.9");
        request.Headers.Add(TestApi.AddressHeader, "10.0.0.1");

        await api.Client().SendAsync(request);

        var failure = (await api.Audit.QueryAsync(new AuditQuery(Action: AuditActions.SignInFailed))).Single();
        Assert.Equal(seen, failure.ClientAddress);
    }
}
