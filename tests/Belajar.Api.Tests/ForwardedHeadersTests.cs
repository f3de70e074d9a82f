using System.Net.Http.Json;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Belajar.Api.Tests;

/// <summary>X-Forwarded-For is believed from the configured proxies only: the audit log (and the sign-in throttle) see the client.</summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private TestApi _api = null!;

    [Fact]
    public async Task A_known_proxy_forwards_the_clients_address_and_anyone_else_cannot_choose_one()
    {
        await SignInAsync(from: "10.0.0.9", forwardedFor: "203.0.113.7");   // the configured proxy
        await SignInAsync(from: "198.51.100.3", forwardedFor: "203.0.113.8"); // a caller making one up

        var addresses = (await _api.Audit.QueryAsync(new AuditQuery(Actor: TestApi.OperatorA))).Select(e => e.ClientAddress).Order();

        Assert.Equal(["198.51.100.3", "203.0.113.7"], addresses);
    }

    private async Task SignInAsync(string from, string forwardedFor)
    {
        using var client = _api.Client(address: from);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        await client.PostAsJsonAsync("/api/v1/auth/token", new { username = TestApi.OperatorA, password = TestApi.OperatorAPassword });
    }

    public async Task InitializeAsync() => _api = await TestApi.StartAsync(
        new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.9" },
        users: true,
        services: s => s.AddBelajarForwardedHeaders(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.9" }).Build()),
        map: app => app.UseForwardedHeaders());

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
