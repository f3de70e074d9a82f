namespace Belajar.Abstractions.Runs;

/// <summary>A run's approval or cancellation is refused: the run does not await approval. The message says why and what to do.</summary>
[GenerateSerializer, Alias("belajar.RunApprovalRefusedException")]
public sealed class RunApprovalRefusedException : Exception
{
    public RunApprovalRefusedException(string message)
        : base(message)
    {
    }
}

/// <summary>The one who started a run tried to approve its mass changes: a second Pusdatin user must. The message says so.</summary>
[GenerateSerializer, Alias("belajar.RunApproverIsStarterException")]
public sealed class RunApproverIsStarterException : Exception
{
    public RunApproverIsStarterException(string message)
        : base(message)
    {
    }
}
