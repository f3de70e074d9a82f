namespace Belajar.Abstractions.Runs;

/// <summary>A run's failed accounts cannot be retried now: the message says why and what to do.</summary>
[GenerateSerializer, Alias("belajar.RunNotRetryableException")]
public sealed class RunNotRetryableException : Exception
{
    public RunNotRetryableException(string message)
        : base(message)
    {
    }
}
