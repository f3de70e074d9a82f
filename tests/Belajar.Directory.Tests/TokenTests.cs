using System.Net;
using System.Text.Json;
using Belajar.Directory.Emulator;

namespace Belajar.Directory.Tests;

public sealed class TokenTests
{
    [Fact]
    public async Task A_key_the_emulator_does_not_trust_is_refused()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var foreignKey = ServiceAccountKey.Create(h.Emulator.TokenUri.ToString());
        var options = new DirectoryOptions { BaseUri = h.Emulator.BaseUri.ToString(), ServiceAccountKeyJson = foreignKey.Json, AdminEmail = h.Emulator.AdminEmail };
        using var service = DirectoryServiceFactory.Create(options);
        var gateway = new DirectoryGateway(service, options, new ImmediateTimeProvider());

        var error = await Assert.ThrowsAsync<DirectoryException>(() => gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("invalid_grant", error.Reason);
        Assert.Contains("Signature", error.Message);
        Assert.Empty(h.Emulator.Users);
    }

    [Fact]
    public async Task Impersonating_anyone_but_the_delegated_admin_is_refused()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.AdminEmail = "guru@belajar.id");

        var error = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.GetUserAsync("a@belajar.id", default));

        Assert.Equal("unauthorized_client", error.Reason);
    }

    [Fact]
    public async Task The_api_refuses_a_call_without_an_access_token_with_googles_error()
    {
        await using var h = await DirectoryHarness.StartAsync();

        using var response = await h.Http.GetAsync(new Uri(h.Emulator.BaseUri, "admin/directory/v1/users?customer=my_customer"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, body.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("authError", body.RootElement.GetProperty("error").GetProperty("errors")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_token_endpoint_refuses_a_grant_that_is_not_a_jwt_bearer()
    {
        await using var h = await DirectoryHarness.StartAsync();

        using var response = await h.Http.PostAsync(h.Emulator.TokenUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_standalone_key_file_is_created_when_missing_and_reused_when_present()
    {
        var path = Path.Combine(Path.GetTempPath(), $"belajar-emulator-{Guid.NewGuid():N}", "sa.json");
        try
        {
            string firstKey;
            await using (var first = await DirectoryEmulator.StartAsync(new EmulatorOptions { ServiceAccountKeyPath = path }))
            {
                firstKey = first.ServiceAccountKeyJson;
                using var key = JsonDocument.Parse(File.ReadAllText(path));
                Assert.Equal("service_account", key.RootElement.GetProperty("type").GetString());
                Assert.Equal(first.TokenUri.ToString(), key.RootElement.GetProperty("token_uri").GetString());
                Assert.StartsWith("-----BEGIN PRIVATE KEY-----", key.RootElement.GetProperty("private_key").GetString());
            }

            await using var second = await DirectoryEmulator.StartAsync(new EmulatorOptions { ServiceAccountKeyPath = path });
            Assert.Equal(firstKey, second.ServiceAccountKeyJson);
        }
        finally
        {
            System.IO.Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
