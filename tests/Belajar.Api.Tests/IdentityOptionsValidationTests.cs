using Microsoft.Extensions.Options;

namespace Belajar.Api.Tests;

public sealed class IdentityOptionsValidationTests
{
    [Theory]
    [InlineData("Identity:SigningKey", "dG9vLXNob3J0", "at least 32 bytes")]
    [InlineData("Identity:Users:0:PasswordHash", "plain-password", "bcrypt hash")]
    [InlineData("Identity:Users:0:Role", "superuser", "not one of")]
    [InlineData("Identity:Users:1:KodeWilayah", "Jawa Barat", "6-digit region code")]
    public async Task Bad_identity_configuration_stops_start_up_with_what_to_fix(string key, string value, string message)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApi.StartAsync(new() { [key] = value }));

        Assert.Contains(message, failure.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task The_nation_is_refused_as_the_region_of_a_dinas_or_regional_administrator(string index)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => TestApi.StartAsync(new() { [$"Identity:Users:{index}:KodeWilayah"] = "000000" }));

        Assert.Contains($"Identity:Users:{index}:KodeWilayah", failure.Message);
        Assert.Contains("000000", failure.Message);
    }

    [Fact]
    public async Task Operators_cannot_be_configured_as_users()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => TestApi.StartAsync(new() { ["Identity:Users:0:Role"] = "operator" }));

        Assert.Contains("pengguna.csv", failure.Message);
    }
}
