namespace Belajar.Directory;

/// <summary>Google's error reasons that the client acts on.</summary>
public static class DirectoryErrorReasons
{
    /// <summary>403: per-user or per-project rate exceeded; retryable.</summary>
    public const string UserRateLimitExceeded = "userRateLimitExceeded";

    /// <summary>403: quota exceeded; retryable.</summary>
    public const string QuotaExceeded = "quotaExceeded";

    /// <summary>403/429: rate exceeded; retryable.</summary>
    public const string RateLimitExceeded = "rateLimitExceeded";

    /// <summary>5xx: a transient backend failure; retryable.</summary>
    public const string BackendError = "backendError";

    /// <summary>409: the entity exists.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>404: no such entity.</summary>
    public const string NotFound = "notFound";

    /// <summary>400: a field is invalid.</summary>
    public const string Invalid = "invalid";

    /// <summary>412: e.g. "User creation is not complete."</summary>
    public const string ConditionNotMet = "conditionNotMet";

    /// <summary>401: the access token (or the grant behind it) was refused.</summary>
    public const string AuthError = "authError";
}
