using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Belajar.TestSupport;

/// <summary>
/// Keeps every log line of a test host at every level (category, event id, formatted message, structured values, exception,
/// scopes), for tests that search the logs: for a message that must be there, or for a secret that must not.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    /// <summary>Every line, in order of arrival.</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Every line, one per row.</summary>
    public string Text => string.Join('\n', Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"scope {category}: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category} {eventId.Id}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
