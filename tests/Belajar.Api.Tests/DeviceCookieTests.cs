using System.Net;
using System.Net.Http.Json;
using Belajar.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Api.Tests;

public sealed class DeviceCookieTests
{
    [Fact]
    public async Task A_successful_sign_in_sets_the_device_cookie_for_the_sign_in_path_only()
    {
        await using var api = await TestApi.StartAsync();

        var response = await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(DeviceCookies.Name + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/api/v1/auth", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_known_device_signs_in_while_failures_from_elsewhere_hold_the_account()
    {
        await using var api = await TestApi.StartAsync();
        var device = await DeviceOfAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword);
        for (var i = 0; i < 20; i++)
        {
            await api.SignInAsync(TestApi.OperatorA, "salah", address: $"10.7.0.{i}");
        }

        var stranger = await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword, address: "10.8.0.1");
        var known = await SignInWithAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword, device, "10.8.0.1");

        Assert.Equal(HttpStatusCode.TooManyRequests, stranger.StatusCode);
        Assert.NotNull(stranger.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task A_device_cookie_of_another_user_or_a_forged_one_counts_as_an_unknown_device()
    {
        await using var api = await TestApi.StartAsync();
        var deviceOfB = await DeviceOfAsync(api, TestApi.OperatorB, TestApi.OperatorBPassword);
        var devices = api.App.Services.GetRequiredService<DeviceCookies>();
        var genuine = devices.NewValue(TestApi.OperatorA, "AAAAAAAAAAAAAAAAAAAAAA");
        var forged = genuine[..^4] + (genuine.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        for (var i = 0; i < 5; i++)
        {
            await api.SignInAsync(TestApi.OperatorA, "salah", address: $"10.7.1.{i}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInWithAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword, deviceOfB, "10.8.1.1")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInWithAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword, forged, "10.8.1.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInWithAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword, genuine, "10.8.1.1")).StatusCode);
    }

    [Fact]
    public async Task A_known_device_is_judged_on_its_own_failures()
    {
        await using var api = await TestApi.StartAsync();
        var device = await DeviceOfAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInWithAsync(api, TestApi.OperatorA, "salah", device, "10.7.2.1")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInWithAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword, device, "10.7.2.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword, address: "10.7.2.2")).StatusCode);
    }

    [Fact]
    public async Task Parallel_wrong_passwords_from_fifty_addresses_verify_at_most_the_hourly_budget()
    {
        await using var api = await TestApi.StartAsync(new()
        {
            ["Identity:Throttle:AccountFailuresBeforeLockout"] = "1000",
            ["Identity:Throttle:AccountFailuresPerHour"] = "100",
        });
        var device = await DeviceOfAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword);

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => api.SignInAsync(TestApi.OperatorA, $"salah-{i}", address: $"10.50.0.{i % 50}")));

        Assert.Equal(100, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(100, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, (await SignInWithAsync(api, TestApi.OperatorA, TestApi.OperatorAPassword, device, "10.50.0.1")).StatusCode);
    }

    private static async Task<string> DeviceOfAsync(TestApi api, string username, string password)
    {
        var response = await api.SignInAsync(username, password, address: "10.6.0.1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        return cookie[(DeviceCookies.Name.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    private static Task<HttpResponseMessage> SignInWithAsync(TestApi api, string username, string password, string device, string address)
    {
        var client = api.Client(address: address);
        client.DefaultRequestHeaders.Add("Cookie", $"{DeviceCookies.Name}={device}");
        return client.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
    }
}
