using Belajar.Api.Regions;

namespace Belajar.Admins.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("", 25, "noreply@belajar.id", null, null, "Smtp:Host")]
    [InlineData("mail", 0, "noreply@belajar.id", null, null, "Smtp:Port")]
    [InlineData("mail", 25, "noreply", null, null, "Smtp:From")]
    [InlineData("mail", 25, "noreply@belajar.id", "user", null, "Smtp:Password")]
    public void Bad_smtp_settings_name_the_key_to_fix(string host, int port, string from, string? username, string? password, string key)
    {
        var options = new SmtpOptions { Host = host, Port = port, From = from, Username = username, Password = password };

        Assert.Contains(key, new SmtpOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_smtp_settings_pass()
    {
        Assert.True(new SmtpOptionsValidator().Validate(null, new SmtpOptions { Host = "smtp.example.go.id", Port = 587, UseTls = true, Username = "u", Password = "p" }).Succeeded);
    }

    [Fact]
    public void A_code_length_out_of_range_names_the_key()
    {
        Assert.Contains("RegionalAdmins:CodeLength", new AdminCredentialOptionsValidator().Validate(null, new AdminCredentialOptions { CodeLength = 3 }).FailureMessage, StringComparison.Ordinal);
    }
}
