namespace Belajar.Api.Regions;

/// <summary>The audit <c>action</c> values of regional administration (the NIK in them is always masked).</summary>
public static class AdminAuditActions
{
    /// <summary>A Dinas nominated a person.</summary>
    public const string Nominated = "admin-nominated";

    /// <summary>Pusdatin approved a nomination; the account exists and the mail went out.</summary>
    public const string Approved = "admin-approved";

    /// <summary>Pusdatin rejected a nomination.</summary>
    public const string Rejected = "admin-rejected";

    /// <summary>Pusdatin revoked an administrator.</summary>
    public const string Revoked = "admin-revoked";

    /// <summary>Pusdatin sent an administrator a new password.</summary>
    public const string Reissued = "admin-reissued";

    /// <summary>The credentials mail of an approval, a resend or a reissue failed (the account exists; resend or reissue).</summary>
    public const string MailFailed = "admin-credentials-mail-failed";

    /// <summary>Pusdatin re-sent the credentials of an approval whose mail had not gone out (a new password).</summary>
    public const string Resent = "admin-credentials-resent";

    /// <summary>An administrator replaced the mailed password with an own one.</summary>
    public const string PasswordChanged = "admin-password-changed";
}
