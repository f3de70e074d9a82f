using Microsoft.Extensions.Options;

namespace Belajar.Api.Regions;

/// <summary>The mail server that carries administrators' credentials (section <c>Smtp</c>), validated at start-up.</summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Smtp";

    /// <summary>Host name of the SMTP server; default <c>localhost</c>.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>Port; default 25.</summary>
    public int Port { get; set; } = 25;

    /// <summary>
    /// TLS required: on connect for port 465, STARTTLS otherwise. Default false: STARTTLS whenever the server offers it.
    /// Required (true) when <see cref="Username"/> is set: a password never crosses the network in the clear.
    /// </summary>
    public bool UseTls { get; set; }

    /// <summary>User name for SMTP AUTH; empty for none.</summary>
    public string? Username { get; set; }

    /// <summary>Password for SMTP AUTH.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "noreply@belajar.id";
}

/// <summary>Refuses <see cref="SmtpOptions"/> a mail server would refuse, naming the setting and what to set.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
        string.IsNullOrWhiteSpace(options.Host) ? ValidateOptionsResult.Fail("Smtp:Host is empty; set it to the mail server's host name.")
        : options.Port is < 1 or > 65535 ? ValidateOptionsResult.Fail($"Smtp:Port {options.Port} is not a port; use e.g. 25, 587 or 465.")
        : !MailboxAddressLooksValid(options.From) ? ValidateOptionsResult.Fail($"Smtp:From '{options.From}' is not an email address; set it to e.g. noreply@belajar.id.")
        : !string.IsNullOrEmpty(options.Username) && string.IsNullOrEmpty(options.Password) ? ValidateOptionsResult.Fail("Smtp:Password is empty while Smtp:Username is set; set both or neither.")
        : !string.IsNullOrEmpty(options.Username) && !options.UseTls ? ValidateOptionsResult.Fail("Smtp:UseTls is false while Smtp:Username is set; set Smtp:UseTls to true so that the SMTP password is never sent in the clear.")
        : ValidateOptionsResult.Success;

    private static bool MailboxAddressLooksValid(string? address) =>
        address is { Length: > 2 } && address.IndexOf('@') is > 0 and var at && at < address.Length - 1;
}
