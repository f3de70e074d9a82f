using System.Net;
using System.Net.Http.Json;
using Belajar.Api.Auth;
using Belajar.LocalServices;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Integration.Tests;

/// <summary>Brute force against the whole app (development host, co-hosted silo, the sign-in guard grains) over HTTP.</summary>
public sealed class BruteForceTests
{
    private const string Operator = "operator.sasaran@sekolah.id";
    private const string Password = "Operator#Sasaran2026";

    [Fact]
    public async Task Two_hundred_parallel_wrong_passwords_from_fifty_addresses_verify_at_most_the_budget_and_the_known_device_still_gets_in()
    {
        await using var app = await LocalApp.StartAsync(new LocalAppOptions
        {
            Name = "bruteforce",
            Settings = new Dictionary<string, string> { ["Identity:Throttle:AccountFailuresBeforeLockout"] = "1000" },
        });
        await app.Services.GetRequiredService<OperatorUsers>().ReplaceAsync(
            [(Operator, BCrypt.Net.BCrypt.HashPassword(Password, LocalApp.HashWorkFactor), "20200001", "Operator Sasaran")]);
        using var http = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var first = await Post(http, "10.10.10.10", Password, cookie: null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var setCookie = first.Headers.GetValues("Set-Cookie").Single();
        var device = setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];

        var attack = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Post(http, $"10.50.0.{i % 50}", $"salah-{i}", cookie: null)));
        var stranger = await Post(http, "10.10.10.11", Password, cookie: null);
        var known = await Post(http, "10.10.10.10", Password, cookie: device);

        Assert.Equal(100, attack.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.All(attack.Where(r => r.StatusCode != HttpStatusCode.Unauthorized), r =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
            Assert.NotNull(r.Headers.RetryAfter);
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string address, string password, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/auth/token")
        {
            Content = JsonContent.Create(new { username = Operator, password }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return http.SendAsync(request);
    }
}
