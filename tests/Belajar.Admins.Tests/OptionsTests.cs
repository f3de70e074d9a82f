using Belajar.Api.Regions;

namespace Belajar.Admins.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("", 25, "noreply@belajar.id", null, null, "Smtp:Host")]
    [InlineData("mail", 0, "noreply@belajar.id", null, null, "Smtp:Port")]
    [InlineData("mail", 25, "noreply", null, null, "Smtp:From")]
    [InlineData("mail", 25, "noreply@belajar.id", "user", null, "Smtp:Password")]
    [InlineData("mail", 587, "noreply@belajar.id", "user", "secret", "Smtp:UseTls")]
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

    [Theory]
    [InlineData(false, 25, MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable)]
    [InlineData(true, 587, MailKit.Security.SecureSocketOptions.StartTls)]
    [InlineData(true, 465, MailKit.Security.SecureSocketOptions.SslOnConnect)]
    public void Mail_goes_over_tls_whenever_the_server_offers_it_and_always_when_required(bool useTls, int port, MailKit.Security.SecureSocketOptions expected)
    {
        Assert.Equal(expected, CredentialsMailer.Security(new SmtpOptions { Host = "mail", Port = port, UseTls = useTls }));
    }
}
