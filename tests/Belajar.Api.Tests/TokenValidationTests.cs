using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Belajar.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Belajar.Api.Tests;

public sealed class TokenValidationTests
{
    private const string AuditPath = "/api/v1/audit";

    [Fact]
    public async Task Own_token_is_accepted()
    {
        await using var api = await TestApi.StartAsync();

        var pusdatin = new DirectoryUser(TestApi.PusdatinUser, TestApi.Hash(TestApi.PusdatinPassword), BelajarRoles.Pusdatin);
        var token = Mint(api, TestApi.SigningKey, "belajar-orleans", "belajar-api", pusdatin.Username, new Claim(UserStamp.Claim, UserStamp.Of(pusdatin)));

        var response = await api.Client(token).GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_signed_by_the_key_is_refused_without_the_users_current_stamp()
    {
        await using var api = await TestApi.StartAsync();

        var unknownUser = await api.Client(Mint(api, TestApi.SigningKey, "belajar-orleans", "belajar-api")).GetAsync(AuditPath);
        var noStamp = await api.Client(Mint(api, TestApi.SigningKey, "belajar-orleans", "belajar-api", TestApi.PusdatinUser)).GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noStamp.StatusCode);
    }

    [Fact]
    public async Task The_token_of_an_operator_who_left_pengguna_csv_ends_with_the_next_import()
    {
        await using var api = await TestApi.StartAsync();
        using var operatorA = await api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        var summary = $"/api/v1/schools/{TestApi.SchoolA}/summary";
        var before = await operatorA.GetAsync(summary);

        await api.App.Services.GetRequiredService<OperatorUsers>().ReplaceAsync(
            [(TestApi.OperatorB, TestApi.Hash(TestApi.OperatorBPassword), TestApi.SchoolB, "Operator Sekolah B")]);
        var after = await operatorA.GetAsync(summary);

        Assert.NotEqual(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Tokens_carry_an_id_and_their_lifetime_is_capped()
    {
        await using var api = await TestApi.StartAsync();

        var token = new JsonWebToken(await api.TokenAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword));
        var tooLong = await Assert.ThrowsAnyAsync<Exception>(() => TestApi.StartAsync(new() { ["Identity:TokenLifetime"] = "1.00:00:00" }));

        Assert.Equal(32, token.Id.Length);
        Assert.Contains("Identity:TokenLifetime must be at most 12:00:00", tooLong.ToString());
    }

    [Fact]
    public async Task Token_signed_by_another_key_is_refused()
    {
        await using var api = await TestApi.StartAsync();
        var otherKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var response = await api.Client(Mint(api, otherKey, "belajar-orleans", "belajar-api")).GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused_even_with_the_same_key()
    {
        await using var api = await TestApi.StartAsync();

        var response = await api.Client(Mint(api, TestApi.SigningKey, "https://sso.example.org", "belajar-api")).GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        await using var api = await TestApi.StartAsync();

        var response = await api.Client(Mint(api, TestApi.SigningKey, "belajar-orleans", "another-api")).GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_expires_after_an_hour_by_the_injected_clock()
    {
        await using var api = await TestApi.StartAsync();
        var client = await api.SignedInClientAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AuditPath)).StatusCode);

        api.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(AuditPath)).StatusCode);
    }

    [Fact]
    public async Task Request_without_token_gets_a_401_problem_saying_how_to_sign_in()
    {
        await using var api = await TestApi.StartAsync();

        var response = await api.Client().GetAsync(AuditPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("/api/v1/auth/token", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_endpoint_mapped_without_a_policy_needs_a_signed_in_user()
    {
        await using var api = await TestApi.StartAsync(null, users: true, map: app =>
        {
            app.MapGet("/tanpa-kebijakan", () => "isi");
            app.MapGet("/publik", () => "isi").AllowAnonymous();
        });

        var anonymous = await api.Client().GetAsync("/tanpa-kebijakan");
        var signedIn = await (await api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword)).GetAsync("/tanpa-kebijakan");
        var open = await api.Client().GetAsync("/publik");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    private static string Mint(TestApi api, string base64Key, string issuer, string audience, string subject = "mallory", params Claim[] extra)
    {
        var now = api.Time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim(BelajarClaims.Role, BelajarRoles.Pusdatin), .. extra]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(base64Key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
