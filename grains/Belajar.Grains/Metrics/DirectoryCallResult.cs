using System.Net;
using Belajar.Directory;

namespace Belajar.Grains.Metrics;

/// <summary>How a Directory call ended, as the <c>result</c> tag of <see cref="BelajarMetrics.DirectoryCalls"/> names it.</summary>
public static class DirectoryCallResult
{
    public const string Ok = "ok";
    public const string Throttled = "throttled";
    public const string NotFound = "not_found";
    public const string Conflict = "conflict";
    public const string Invalid = "invalid";
    public const string Error = "error";
    public const string Cancelled = "cancelled";

    /// <summary>The result name of a call that threw <paramref name="exception"/>.</summary>
    public static string Of(Exception exception) => exception switch
    {
        OperationCanceledException => Cancelled,
        DirectoryException { StatusCode: HttpStatusCode.TooManyRequests } => Throttled,
        DirectoryException { StatusCode: HttpStatusCode.Forbidden, IsRetryable: true } => Throttled,
        DirectoryException { StatusCode: HttpStatusCode.NotFound } => NotFound,
        DirectoryException { StatusCode: HttpStatusCode.Conflict } => Conflict,
        DirectoryException { StatusCode: HttpStatusCode.BadRequest } => Invalid,
        _ => Error,
    };
}
