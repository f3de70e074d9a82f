namespace Belajar.Api.Auth;

/// <summary>Log events of sign-in and tenant scope. Never a password or a token.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Sign-in of {Username} ({Role}) from {ClientAddress}")]
    public static partial void SignedIn(ILogger logger, string username, string role, string clientAddress);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Failed sign-in for {Username} from {ClientAddress}")]
    public static partial void SignInFailed(ILogger logger, string username, string clientAddress);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Sign-in for {Username} from {ClientAddress} refused for {RetryAfterSeconds} s after repeated failures")]
    public static partial void SignInThrottled(ILogger logger, string username, string clientAddress, int retryAfterSeconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Access refused: {Actor} ({Role}) to {Method} {Path}")]
    public static partial void AccessDenied(ILogger logger, string actor, string role, string method, string path);
}
