using Microsoft.Extensions.Logging;

namespace Belajar.Directory;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Directory {Operation} failed with {Status} {Reason}; retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, int status, string? reason, double delayMs);

    [LoggerMessage(2, LogLevel.Information, "Directory user {Email} already existed with our external id: adopted")]
    public static partial void Adopted(ILogger logger, string email);

    [LoggerMessage(3, LogLevel.Warning, "Directory address {Email} is taken by another user")]
    public static partial void AddressTaken(ILogger logger, string email);

    [LoggerMessage(4, LogLevel.Warning, "Directory batch of {Count} calls: {Retryable} retryable failures; retry {Attempt} in {DelayMs} ms")]
    public static partial void BatchRetrying(ILogger logger, int count, int retryable, int attempt, double delayMs);
}
