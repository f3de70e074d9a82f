using System.Net;
using Belajar.Directory;

namespace Belajar.Grains.Accounts;

/// <summary>Why an account ended <c>Failed</c>: a short code to count by, and a reason a person can act on.</summary>
/// <param name="Code">Stable and short, e.g. <c>google-403-forbidden</c>, <c>data</c>, <c>no-free-address</c>, <c>gave-up</c>.</param>
/// <param name="Reason">What happened and what to fix, in one sentence or two.</param>
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
        $"No free address among {candidates} candidates for this name: every one is held by another account or by a Google user we do not know. Check Google for users created outside this system.");

    /// <summary>The failure that ends the account now, or null when the same call may succeed later.</summary>
    public static AccountFailure? Permanent(Exception error) => error switch
    {
        DirectoryException { IsRetryable: true } => null,
        DirectoryException google => FromGoogle(google),
        ArgumentException argument => new("data", $"{WithoutParameter(argument)} (the account was not created)"),
        FormatException or InvalidOperationException or NullReferenceException or IndexOutOfRangeException
            or KeyNotFoundException or OverflowException or NotSupportedException =>
            new("internal", $"An internal error ended this account ({error.GetType().Name}: {error.Message}); report it to Pusdatin with the account key."),
        _ => null,
    };

    /// <summary>The end of an account whose transient failures did not clear after <paramref name="attempts"/> attempts.</summary>
    public static AccountFailure GaveUp(int attempts, string lastError) => new(
        "gave-up",
        $"Not created after {attempts} attempts; the last one failed with: {lastError}. The next run or POST /api/v1/runs/{{runId}}/retry-failed tries again.");

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
            HttpStatusCode.BadRequest => "Google refuses this user's data: check the person's name and school in Dapodik, and the domain and org unit settings (Accounts:Domains).",
            HttpStatusCode.Forbidden => "The service account may not do this: check its domain-wide delegation scopes and that Directory:AdminEmail is an administrator of the domain.",
            HttpStatusCode.NotFound => "Google does not know the customer, domain, org unit or user this call names: check Directory:Customer and the domain settings.",
            HttpStatusCode.Conflict => "The address is held by a Google user that is not this account: the next attempt takes another address.",
            HttpStatusCode.PreconditionFailed => "Google refused a precondition of the call: the next run tries again once Google has settled the user.",
            _ => "Google refused the call for good.",
        };
        return new AccountFailure(code, $"{error.Message.TrimEnd('.')}. {advice}");
    }

    private static string WithoutParameter(ArgumentException error) =>
        error.ParamName is { } name ? error.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : error.Message;
}
