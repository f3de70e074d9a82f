using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belajar.Api.Auth;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Belajar.Api.Tests;

public sealed class SignInTests
{
    [Fact]
    public async Task Configured_pusdatin_gets_a_one_hour_bearer_token_with_its_role()
    {
        await using var api = await TestApi.StartAsync();

        var response = await api.SignInAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(3600, body!["expiresIn"]!.GetValue<int>());
        var token = new JsonWebToken(body["accessToken"]!.GetValue<string>());
        Assert.Equal(TestApi.PusdatinUser, token.Subject);
        Assert.Equal(BelajarRoles.Pusdatin, token.GetClaim(BelajarClaims.Role).Value);
        Assert.Equal(api.Time.GetUtcNow().UtcDateTime.AddHours(1), token.ValidTo);
    }

    [Fact]
    public async Task Operator_from_pengguna_gets_a_token_naming_the_own_school()
    {
        await using var api = await TestApi.StartAsync();

        var token = new JsonWebToken(await api.TokenAsync(TestApi.OperatorA, TestApi.OperatorAPassword));

        Assert.Equal(BelajarRoles.Operator, token.GetClaim(BelajarClaims.Role).Value);
        Assert.Equal(TestApi.SchoolA, token.GetClaim(BelajarClaims.Npsn).Value);
    }

    [Fact]
    public async Task Dinas_token_carries_the_region()
    {
        await using var api = await TestApi.StartAsync();

        var token = new JsonWebToken(await api.TokenAsync(TestApi.DinasUser, TestApi.DinasPassword));

        Assert.Equal(BelajarRoles.Dinas, token.GetClaim(BelajarClaims.Role).Value);
        Assert.Equal("020000", token.GetClaim(BelajarClaims.KodeWilayah).Value);
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_401_problem()
    {
        await using var api = await TestApi.StartAsync();

        var unknown = await api.SignInAsync("nobody@sekolah.id", "whatever-password");
        var wrong = await api.SignInAsync(TestApi.OperatorA, "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await WithoutTraceAsync(unknown), await WithoutTraceAsync(wrong));
        Assert.Contains(AuthEndpoints.WrongCredentialsDetail, await WithoutTraceAsync(wrong));
    }

    [Fact]
    public async Task Operators_replaced_by_the_host_sign_in_with_the_new_set_only()
    {
        await using var api = await TestApi.StartAsync();
        var operators = (OperatorUsers)api.App.Services.GetService(typeof(OperatorUsers))!;

        await operators.ReplaceAsync([("baru@sekolah.id", TestApi.Hash("Baru#Rahasia6"), "20200003", "Operator Baru")]);

        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync("BARU@sekolah.id", "Baru#Rahasia6")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword)).StatusCode);
    }

    [Fact]
    public async Task Missing_password_is_a_400_that_names_both_fields()
    {
        await using var api = await TestApi.StartAsync();

        var response = await api.Client().PostAsJsonAsync("/api/v1/auth/token", new { username = TestApi.PusdatinUser });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("\"password\"", problem!["detail"]!.GetValue<string>());
    }

    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
