using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Directory.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task The_registered_gateway_talks_to_the_configured_endpoint()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var services = new ServiceCollection().AddBelajarDirectory(configure: o =>
        {
            o.BaseUri = h.Emulator.BaseUri.ToString();
            o.ServiceAccountKeyJson = h.Emulator.ServiceAccountKeyJson;
            o.TokenUri = h.Emulator.TokenUri.ToString();
            o.AdminEmail = h.Emulator.AdminEmail;
        });
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IDirectoryGateway>().CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);
        await h.SignInAsync("a@belajar.id");
        var signIns = await provider.GetRequiredService<ReportsGateway>()
            .ListLoginActivitiesAsync(new LoginActivityQuery(h.Clock.GetUtcNow().AddMinutes(-1)), default).ToListAsync();

        Assert.Equal(CreateUserOutcome.Created, result.Outcome);
        Assert.NotNull(h.Emulator.FindUser("a@belajar.id"));
        Assert.Equal("a@belajar.id", signIns.Single().Actor!.Email);
    }

    [Theory]
    [InlineData("not a uri", "x", "admin@belajar.id", "BaseUri")]
    [InlineData("http://127.0.0.1:5090/", null, "admin@belajar.id", "ServiceAccountKeyPath")]
    [InlineData("http://127.0.0.1:5090/", "x", "", "AdminEmail")]
    public void Options_that_cannot_work_say_what_to_fix(string baseUri, string? keyJson, string adminEmail, string mentioned)
    {
        var options = new DirectoryOptions { BaseUri = baseUri, ServiceAccountKeyJson = keyJson, AdminEmail = adminEmail };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(mentioned, error.Message);
    }

    [Fact]
    public void A_missing_key_file_is_named_in_the_error()
    {
        var options = new DirectoryOptions { ServiceAccountKeyPath = "/nowhere/key.json", AdminEmail = "admin@belajar.id" };

        var error = Assert.Throws<ArgumentException>(() => DirectoryServiceFactory.Create(options));

        Assert.Contains("/nowhere/key.json", error.Message);
    }
}
