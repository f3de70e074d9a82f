using Belajar.Abstractions.Admins;
using Belajar.Api.Auth;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Regions;

/// <summary>
/// Makes a fresh initial password, lets the region set it in Google (approval or reissue), and mails it as a CSV in an AES-256
/// ZIP locked with the NIK (or NIK + a code shown once). The password, the NIK and the file live only in this call.
/// </summary>
public sealed class AdminCredentialsSender(
    CredentialsMailer mailer, IOptions<AdminCredentialOptions> options, IOptions<BelajarIdentityOptions> identity, TimeProvider time)
{
    /// <summary>Runs <paramref name="apply"/> with a new password and its hash, then sends the file.</summary>
    public async Task<CredentialsSent> SendAsync(HttpContext context, Func<AdminApproval, Task<ApprovedAdmin>> apply)
    {
        var password = RandomCodes.Password();
        var hash = BCrypt.Net.BCrypt.HashPassword(password, identity.Value.HashWorkFactor);
        var approved = await apply(new AdminApproval(context.User.Actor(), password, hash));
        var admin = approved.Admin;
        var stronger = options.Value.StrongerZipPassword;
        var code = stronger ? RandomCodes.Code(options.Value.CodeLength) : null;
        var csv = CredentialsZip.Csv(admin.UserId, password, admin.FullName, admin.KodeWilayah);
        var zip = CredentialsZip.Build(csv, approved.Nik + code, time.GetUtcNow().UtcDateTime);
        try
        {
            await mailer.SendAsync(admin.Email, admin.FullName, zip, stronger, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new CredentialsMailFailedException(admin, ex);
        }

        return new CredentialsSent(admin.AdminId, admin.UserId, admin.KodeWilayah, admin.Email, code);
    }
}

/// <summary>
/// The account and its new password exist, but the credentials mail did not go out (the SMTP server refused it or could not be
/// reached); nobody has the password. The endpoints audit it and answer 502 saying how to send again.
/// </summary>
public sealed class CredentialsMailFailedException(RegionalAdminView admin, Exception inner)
    : Exception($"The credentials mail to {admin.Email} failed: {inner.GetType().Name}", inner)
{
    /// <summary>The administrator whose mail failed.</summary>
    public RegionalAdminView Admin { get; } = admin;
}
