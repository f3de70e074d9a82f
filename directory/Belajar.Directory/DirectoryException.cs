using System.Net;

namespace Belajar.Directory;

/// <summary>A call to the Directory API failed: the HTTP status and Google's error reason (e.g. <c>duplicate</c>, <c>notFound</c>).</summary>
public sealed class DirectoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DirectoryException(HttpStatusCode statusCode, string? reason, string message, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Reason = reason;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status (0 when the server could not be reached).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Google's reason of the first error, e.g. <c>userRateLimitExceeded</c>, <c>duplicate</c>, <c>invalid</c>.</summary>
    public string? Reason { get; }

    /// <summary>The server's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether this is Google's "User creation is not complete." (a read right after an insert).</summary>
    public bool IsCreationNotComplete =>
        StatusCode == HttpStatusCode.PreconditionFailed || Message.Contains("creation is not complete", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the call may succeed when repeated later: rate and quota limits, 429, 5xx, network failures.</summary>
    public bool IsRetryable =>
        (int)StatusCode == 0
        || (int)StatusCode >= 500
        || StatusCode == HttpStatusCode.TooManyRequests
        || (StatusCode == HttpStatusCode.Forbidden && Reason is DirectoryErrorReasons.UserRateLimitExceeded
            or DirectoryErrorReasons.QuotaExceeded or DirectoryErrorReasons.RateLimitExceeded);
}
