using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Belajar.Api.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Belajar.Api.Tests;

/// <summary>
/// Production: tokens from an external OpenID Connect authority (Dapodik's sign-on), configured by <c>Identity:Authority</c> alone.
/// A stand-in authority on a second TestServer publishes its discovery document and RSA key.
/// </summary>
public sealed class ExternalAuthorityTests : IAsyncLifetime
{
    private const string Issuer = "https://sso.dapodik.test";
    private readonly RSA _authorityKey = RSA.Create(2048);
    private WebApplication _authority = null!;
    private TestApi _api = null!;

    [Fact]
    public async Task Token_of_the_authority_with_the_same_claims_reaches_the_own_school()
    {
        SampleSchools.Seed(_api.Schools);
        var token = Mint(new RsaSecurityKey(_authorityKey) { KeyId = "k1" }, Issuer);

        var own = await _api.Client(token).GetAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=ptk");
        var foreign = await _api.Client(token).GetAsync($"/api/v1/schools/{TestApi.SchoolB}/accounts?kind=ptk");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task Token_signed_by_another_key_claiming_the_authority_is_refused()
    {
        using var otherKey = RSA.Create(2048);
        var token = Mint(new RsaSecurityKey(otherKey) { KeyId = "k1" }, Issuer);

        var response = await _api.Client(token).GetAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=ptk");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Built_in_tokens_are_refused_once_an_authority_is_configured()
    {
        var token = Mint(new SymmetricSecurityKey(Convert.FromBase64String(TestApi.SigningKey)), "belajar-orleans");

        var response = await _api.Client(token).GetAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=ptk");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        _authority = builder.Build();
        var parameters = _authorityKey.ExportParameters(false);
        _authority.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _authority.MapGet("/jwks", () => Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = "k1", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        }));
        await _authority.StartAsync();
        var handler = _authority.GetTestServer().CreateHandler();
        _api = await TestApi.StartAsync(
            new() { ["Identity:Authority"] = Issuer },
            users: true,
            services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = handler));
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _authority.DisposeAsync();
        _authorityKey.Dispose();
    }

    private string Mint(SecurityKey key, string issuer)
    {
        var now = _api.Time.GetUtcNow().UtcDateTime;
        var algorithm = key is SymmetricSecurityKey ? SecurityAlgorithms.HmacSha256 : SecurityAlgorithms.RsaSha256;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "belajar-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(
            [
                new Claim(BelajarClaims.Subject, TestApi.OperatorA),
                new Claim(BelajarClaims.Role, BelajarRoles.Operator),
                new Claim(BelajarClaims.Npsn, TestApi.SchoolA),
            ]),
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }
}
