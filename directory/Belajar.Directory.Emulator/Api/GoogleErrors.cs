using System.Text.Json;

namespace Belajar.Directory.Emulator;

/// <summary>Google's error answers, with Google's bodies.</summary>
public static class GoogleErrors
{
    /// <summary>Builds <c>{"error":{"code","message","errors":[{"domain","reason","message"}]}}</c>.</summary>
    public static ApiResult Error(int code, string reason, string message, string domain = "global", string? status = null, int? retryAfter = null)
    {
        var envelope = new ErrorEnvelope
        {
            Error = new ErrorBody
            {
                Code = code,
                Message = message,
                Errors = [new ErrorItem { Domain = domain, Reason = reason, Message = message }],
                Status = status,
            },
        };
        return new ApiResult(code, JsonSerializer.SerializeToUtf8Bytes(envelope, EmulatorJsonContext.Default.ErrorEnvelope), retryAfter);
    }

    /// <summary>400 <c>invalid</c>.</summary>
    public static ApiResult Invalid(string message) => Error(400, "invalid", message, status: "INVALID_ARGUMENT");

    /// <summary>400 <c>required</c>.</summary>
    public static ApiResult Required(string message) => Error(400, "required", message, status: "INVALID_ARGUMENT");

    /// <summary>404 <c>notFound</c>.</summary>
    public static ApiResult NotFound(string what) => Error(404, "notFound", $"Resource Not Found: {what}", status: "NOT_FOUND");

    /// <summary>409 <c>duplicate</c>.</summary>
    public static ApiResult Duplicate() => Error(409, "duplicate", "Entity already exists.", status: "ALREADY_EXISTS");

    /// <summary>412 <c>conditionNotMet</c>: Google's answer to a read right after an insert.</summary>
    public static ApiResult CreationNotComplete() => Error(412, "conditionNotMet", "User creation is not complete.", status: "FAILED_PRECONDITION");

    /// <summary>403 <c>userRateLimitExceeded</c>: the per-minute quota is used up.</summary>
    public static ApiResult RateLimited() =>
        Error(403, "userRateLimitExceeded", "Request rate higher than configured.", domain: "usageLimits", status: "PERMISSION_DENIED");

    /// <summary>429 <c>rateLimitExceeded</c> with <c>Retry-After</c>.</summary>
    public static ApiResult TooManyRequests(int retryAfterSeconds) =>
        Error(429, "rateLimitExceeded", "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute'.", status: "RESOURCE_EXHAUSTED", retryAfter: retryAfterSeconds);

    /// <summary>503 <c>backendError</c>.</summary>
    public static ApiResult BackendError() => Error(503, "backendError", "The service is currently unavailable.", status: "UNAVAILABLE");

    /// <summary>401 <c>authError</c>.</summary>
    public static ApiResult Unauthorized() =>
        Error(401, "authError", "Request had invalid authentication credentials. Expected OAuth 2 access token.", status: "UNAUTHENTICATED");

    /// <summary>403 <c>insufficientPermissions</c>: the token was not granted the API's scope.</summary>
    public static ApiResult InsufficientScopes() =>
        Error(403, "insufficientPermissions", "Request had insufficient authentication scopes.", status: "PERMISSION_DENIED");

    /// <summary>
    /// The answer of an injected per-user fault: Google's message and <c>status</c> for <paramref name="code"/>, with
    /// <paramref name="reason"/>; a 429 carries <c>Retry-After</c>.
    /// </summary>
    public static ApiResult Fault(int code, string reason, int retryAfterSeconds) => code switch
    {
        400 => Error(400, reason, "Invalid Input: (emulator fault)", status: "INVALID_ARGUMENT"),
        403 => Error(403, reason, "Not Authorized to access this resource/api", status: "PERMISSION_DENIED"),
        404 => Error(404, reason, "Resource Not Found: userKey", status: "NOT_FOUND"),
        409 => Error(409, reason, "Entity already exists.", status: "ALREADY_EXISTS"),
        412 => Error(412, reason, "Precondition Failed", status: "FAILED_PRECONDITION"),
        429 => Error(429, reason, "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute'.", status: "RESOURCE_EXHAUSTED", retryAfter: retryAfterSeconds),
        500 => Error(500, reason, "Internal error encountered.", status: "INTERNAL"),
        _ => Error(code, reason, "The service is currently unavailable.", status: "UNAVAILABLE"),
    };

    /// <summary>A 200 (or other) JSON answer.</summary>
    public static ApiResult Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, int status = 200) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(value, type));
}
