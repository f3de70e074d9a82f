using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Belajar.Api.Regions;

/// <summary>Sends an administrator's credentials ZIP over SMTP (MailKit); nothing is kept once sent.</summary>
public sealed class CredentialsMailer(IOptions<SmtpOptions> options)
{
    /// <summary>Name of the attachment.</summary>
    public const string AttachmentName = "akun-admin-wilayah.zip";

    /// <summary>Sends the ZIP to <paramref name="to"/>.</summary>
    public async Task SendAsync(string to, string fullName, byte[] zip, bool strongerPassword, CancellationToken ct)
    {
        var smtp = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(fullName, to));
        message.Subject = "Akun admin wilayah belajar.id";
        var body = new BodyBuilder
        {
            TextBody = strongerPassword
                ? "Terlampir akun admin wilayah Anda. Kata sandi berkas ZIP: NIK Anda diikuti kode yang disampaikan Pusdatin melalui telepon."
                : "Terlampir akun admin wilayah Anda. Kata sandi berkas ZIP: NIK Anda (16 digit).",
        };
        body.Attachments.Add(AttachmentName, zip, new ContentType("application", "zip"));
        message.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp), ct);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    /// <summary>
    /// How the connection is protected: with <see cref="SmtpOptions.UseTls"/>, TLS is required (on connect for port 465,
    /// STARTTLS otherwise: a server that does not offer it is refused); without it, STARTTLS whenever the server offers it,
    /// so that credentials files never cross the network in the clear when they need not.
    /// </summary>
    public static SecureSocketOptions Security(SmtpOptions smtp) =>
        !smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable
        : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;
}
