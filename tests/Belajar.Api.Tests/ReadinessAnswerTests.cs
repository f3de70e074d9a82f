using System.Net;
using System.Text.Json;
using Belajar.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Api.Tests;

public sealed class ReadinessAnswerTests
{
    // Nothing listens on port 1: the connection is refused at once, and Npgsql's message names the host and port.
    private const string UnreachableDatabase =
        "Host=127.0.0.1;Port=1;Database=belajar_rahasia;Username=belajar_pemilik;Password=Sandi#Rahasia-DB;Timeout=2";

    [Fact]
    public async Task An_unreachable_database_answers_a_generic_description_and_logs_the_exception()
    {
        await using var api = await TestApi.StartAsync(
            new() { ["ConnectionStrings:Belajar"] = UnreachableDatabase },
            users: true,
            services: s => s.AddHealthChecks().AddCheck<SchemaHealthCheck>("schema", tags: [HealthEndpoints.ReadyTag]),
            map: app => app.MapBelajarHealth());

        var response = await api.Client().GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var schema = json.RootElement.GetProperty("checks").GetProperty("schema");
        Assert.Equal("Unhealthy", schema.GetProperty("status").GetString());
        Assert.Equal("database unreachable", schema.GetProperty("description").GetString());
        foreach (var secret in new[] { "127.0.0.1", "belajar_rahasia", "belajar_pemilik", "Sandi#Rahasia-DB", "Exception", "   at " })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }

        Assert.Contains(api.Logs.Lines, line => line.Contains("schema", StringComparison.Ordinal) && line.Contains("127.0.0.1:1", StringComparison.Ordinal));
    }
}
