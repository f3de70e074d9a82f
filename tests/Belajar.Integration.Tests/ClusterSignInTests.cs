using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Belajar.Api.Auth;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Belajar.LocalServices;

namespace Belajar.Integration.Tests;

/// <summary>Two api replicas (the cluster api, <c>Program</c>) on one two-silo cluster in the PostgreSQL profile.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterSignInTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    private const string Operator = "operator.kluster@sekolah.id";
    private const string Password = "Operator#Kluster2026";
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task An_operator_loaded_through_one_replica_signs_in_through_the_other_and_its_token_works_on_both()
    {
        await using var a = Replica();
        await using var b = Replica();
        await a.Services.GetRequiredService<OperatorUsers>().ReplaceAsync(
            [(Operator, BCrypt.Net.BCrypt.HashPassword(Password, 4), "20200001", "Operator Kluster")]);

        using var http = b.CreateClient();
        var signIn = await http.PostAsJsonAsync("/api/v1/auth/token", new { username = Operator, password = Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var onA = a.CreateClient();
        onA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var before = await onA.GetAsync("/api/v1/schools/20299999/stats");

        await b.Services.GetRequiredService<OperatorUsers>().ReplaceAsync([]);
        var after = await onA.GetAsync("/api/v1/schools/20299999/stats");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode); // signed in, but another school
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Failures_spread_over_both_replicas_count_once_against_the_hourly_budget()
    {
        await using var a = Replica(("Identity:Throttle:AccountFailuresBeforeLockout", "1000"), ("Identity:Throttle:AccountFailuresPerHour", "10"));
        await using var b = Replica(("Identity:Throttle:AccountFailuresBeforeLockout", "1000"), ("Identity:Throttle:AccountFailuresPerHour", "10"));
        await a.Services.GetRequiredService<OperatorUsers>().ReplaceAsync(
            [(Operator, BCrypt.Net.BCrypt.HashPassword(Password, 4), "20200001", "Operator Kluster")]);
        using var toA = a.CreateClient();
        using var toB = b.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Post(i % 2 == 0 ? toA : toB, $"10.60.0.{i}", $"salah-{i}")));

        Assert.Equal(10, answers.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(20, answers.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task The_cluster_api_does_not_start_without_a_signing_key()
    {
        await using var replica = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseClusterOf(Cluster, Database);
        });

        var refused = Assert.ThrowsAny<Exception>(() => replica.CreateClient());

        Assert.Contains("Identity:SigningKey is required in the PostgreSQL profile", refused.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> Post(HttpClient http, string address, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { username = Operator, password }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private WebApplicationFactory<Program> Replica(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseClusterOf(Cluster, Database);
            web.UseSetting("Identity:SigningKey", SigningKey);
            web.UseSetting("Identity:MinimumHashCost", "4");
            web.UseSetting("Identity:HashWorkFactor", "4");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
}
