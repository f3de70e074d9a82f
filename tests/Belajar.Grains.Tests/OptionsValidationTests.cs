using Belajar.Grains.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Tests;

/// <summary>Every options type of the grains is checked when the host starts, and a bad value is named with the setting to fix.</summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData("Provisioning:AccountsPerSchool", "0", "Provisioning:AccountsPerSchool must be at least 1; it is 0.")]
    [InlineData("Provisioning:SchoolTimeout", "00:00:00", "Provisioning:SchoolTimeout must be a positive time span, e.g. 00:00:30; it is 00:00:00.")]
    [InlineData("Provisioning:MaxRetryBackoff", "00:00:01", "Provisioning:MaxRetryBackoff must be at least 00:00:10 (Provisioning:RetryBackoff); it is 00:00:01.")]
    [InlineData("Runs:MassChange:MaxShare", "5", "Runs:MassChange:MaxShare must be a share between 0 and 1, e.g. 0.05 for 5 %; it is 5.")]
    [InlineData("Runs:MassChange:MaxAccounts", "-1", "Runs:MassChange:MaxAccounts must be at least 0; it is -1.")]
    [InlineData("Lifecycle:SyncPeriod", "00:00:10", "Lifecycle:SyncPeriod must be at least 00:01:00 (Orleans' shortest reminder period); it is 00:00:10.")]
    [InlineData("Lifecycle:DeactivationWindow", "-00:30:00", "Lifecycle:DeactivationWindow must be zero or more; it is -00:30:00.")]
    [InlineData("Directory:Project", "my project", "Directory:Project must be 1-64 letters, digits, '.', '_' or '-' (the Google project, e.g. 'default'); it is 'my project'.")]
    [InlineData("Directory:IdlePoll", "00:00:00", "Directory:IdlePoll must be a positive time span, e.g. 00:00:30; it is 00:00:00.")]
    [InlineData("Accounts:Domains:RootDomain", "belajar", "Accounts:Domains:RootDomain must be a domain name, e.g. 'belajar.id'; it is 'belajar'.")]
    [InlineData("Accounts:AdminWilayahDomain", "dikbud", "Accounts:AdminWilayahDomain must be a domain name, e.g. 'dikbud.belajar.id'; it is 'dikbud'.")]
    [InlineData("Accounts:AdminWilayahRole", " ", "Accounts:AdminWilayahRole must be the name of a Directory role, e.g. '_USER_MANAGEMENT_ADMIN_ROLE'; it is ' '.")]
    public async Task A_bad_setting_stops_the_start_with_a_message_that_names_it(string setting, string value, string message)
    {
        using var host = Silo(new() { [setting] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public async Task The_defaults_start_and_password_keys_are_only_checked_when_an_account_needs_them()
    {
        using var host = Silo(new());

        await host.StartAsync();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<PasswordProtectionOptions>>().Value);
        Assert.StartsWith("Secrets:PasswordKeys must hold a key", Assert.Single(error.Failures), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public void A_password_key_of_the_wrong_size_is_named_without_showing_it()
    {
        var result = new PasswordProtectionOptionsValidator().Validate(null, new PasswordProtectionOptions
        {
            PasswordKeys = new(StringComparer.Ordinal) { ["k1"] = "c2VjcmV0" },
            ActivePasswordKeyId = "k1",
        });

        Assert.StartsWith("Secrets:PasswordKeys:k1 must be 32 bytes in base64", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", result.FailureMessage, StringComparison.Ordinal);
    }

    /// <summary>A host with the grains' services as a silo registers them; the hosted services need a cluster and are left out.</summary>
    private static IHost Silo(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBelajarGrainServices(builder.Configuration);
        builder.Services.RemoveAll<IHostedService>();
        return builder.Build();
    }
}
