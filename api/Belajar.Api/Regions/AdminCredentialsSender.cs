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
        await mailer.SendAsync(admin.Email, admin.FullName, zip, stronger, CancellationToken.None);
        return new CredentialsSent(admin.AdminId, admin.UserId, admin.KodeWilayah, admin.Email, code);
    }
}
