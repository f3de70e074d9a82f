namespace Belajar.Api.Audit;

/// <summary>The <c>action</c> values of the audit log.</summary>
public static class AuditActions
{
    /// <summary>A successful sign-in at the built-in provider.</summary>
    public const string SignIn = "sign-in";

    /// <summary>A sign-in with an unknown user or a wrong password.</summary>
    public const string SignInFailed = "sign-in-failed";

    /// <summary>A sign-in refused with 429 because of earlier failures.</summary>
    public const string SignInThrottled = "sign-in-throttled";

    /// <summary>An "Unduh Akun" download.</summary>
    public const string Download = "download";

    /// <summary>An initial password reset.</summary>
    public const string ResetPassword = "reset-password";

    /// <summary>A refused access (403).</summary>
    public const string AccessDenied = "access-denied";
}
