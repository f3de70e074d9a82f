using System.Net;
using Belajar.Directory;

namespace Belajar.Grains.Accounts;

/// <summary>Why an account ended <c>Failed</c>: a short code to count by, and a reason a person can act on.</summary>
/// <param name="Code">Stable and short, e.g. <c>google-403-forbidden</c>, <c>data</c>, <c>no-free-address</c>, <c>gave-up</c>.</param>
/// <param name="Reason">What happened and what to fix, in one sentence or two, in Bahasa Indonesia (Pusdatin reads it in the run report and on <c>/ops</c>).</param>
public sealed record AccountFailure(string Code, string Reason);

/// <summary>
/// Decides which failures end an account for good and words them. Google's answers are classified as Google documents them:
/// 429, 5xx, <c>rateLimitExceeded</c>, <c>userRateLimitExceeded</c>, <c>quotaExceeded</c> and <c>backendError</c> may clear (see
/// <see cref="DirectoryException.IsRetryable"/>); every other answer (400, 403 other than rate limits, 404, a 409 that read-back could
/// not resolve, 412) is permanent. An exception of our own rules (bad data that validation let through, a bug) is permanent
/// too: repeating the same call gives the same answer. Anything else (a silo gone, a storage timeout, the network) is transient,
/// and <see cref="GaveUp"/> words the end of an account whose transient failures never cleared.
/// </summary>
public static class AccountFailures
{
    /// <summary>No address among the candidates could be claimed.</summary>
    public static AccountFailure NoFreeAddress(int candidates) => new(
        "no-free-address",
        $"Tidak ada alamat bebas di antara {candidates} kandidat untuk nama ini: semuanya dipakai akun lain atau pengguna Google yang tidak dikenal sistem ini. Periksa pengguna Google yang dibuat di luar sistem ini.");

    /// <summary>The failure that ends the account now, or null when the same call may succeed later.</summary>
    public static AccountFailure? Permanent(Exception error) => error switch
    {
        DirectoryException { IsRetryable: true } => null,
        DirectoryException google => FromGoogle(google),
        ArgumentException argument => new("data", $"{WithoutParameter(argument)} (akun tidak dibuat)"),
        FormatException or InvalidOperationException or NullReferenceException or IndexOutOfRangeException
            or KeyNotFoundException or OverflowException or NotSupportedException =>
            new("internal", $"Kesalahan internal menghentikan akun ini ({error.GetType().Name}: {error.Message}); laporkan kepada tim pengembang beserta kunci akunnya."),
        _ => null,
    };

    /// <summary>The end of an account whose transient failures did not clear after <paramref name="attempts"/> attempts.</summary>
    public static AccountFailure GaveUp(int attempts, string lastError) => new(
        "gave-up",
        $"Belum dibuat setelah {attempts} percobaan; percobaan terakhir gagal dengan: {lastError}. Proses berikutnya atau POST /api/v1/runs/{{runId}}/retry-failed mencobanya lagi.");

    /// <summary>A short description of a failure for logs, the watchdog and <see cref="GaveUp"/> (never a password or a NIK).</summary>
    public static string Describe(Exception error) => error switch
    {
        DirectoryException google => $"Google {(int)google.StatusCode} {google.Reason ?? "error"}",
        _ => error.GetType().Name,
    };

    private static AccountFailure FromGoogle(DirectoryException error)
    {
        var status = (int)error.StatusCode;
        var code = $"google-{status}" + (string.IsNullOrEmpty(error.Reason) ? string.Empty : $"-{error.Reason}");
        var advice = error.StatusCode switch
        {
            HttpStatusCode.BadRequest => "Google menolak data pengguna ini: periksa nama dan sekolah orang ini di Dapodik, serta pengaturan domain dan unit organisasi (Accounts:Domains).",
            HttpStatusCode.Forbidden => "Akun layanan tidak berwenang melakukan ini: periksa cakupan delegasi tingkat domain (domain-wide delegation) dan pastikan Directory:AdminEmail adalah administrator domain.",
            HttpStatusCode.NotFound => "Google tidak mengenal pelanggan, domain, unit organisasi atau pengguna yang disebut panggilan ini: periksa Directory:Customer dan pengaturan domain.",
            HttpStatusCode.Conflict => "Alamat ini dipakai pengguna Google yang bukan akun ini: percobaan berikutnya memakai alamat lain.",
            HttpStatusCode.PreconditionFailed => "Google menolak prasyarat (precondition) panggilan ini: proses berikutnya mencoba lagi setelah Google selesai memproses pengguna itu.",
            _ => "Google menolak panggilan ini secara permanen.",
        };
        return new AccountFailure(code, $"{error.Message.TrimEnd('.')}. {advice}");
    }

    private static string WithoutParameter(ArgumentException error) =>
        error.ParamName is { } name ? error.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : error.Message;
}
