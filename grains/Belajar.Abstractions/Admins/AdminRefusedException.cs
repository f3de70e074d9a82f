namespace Belajar.Abstractions.Admins;

/// <summary>Why a nomination, approval or revocation cannot be done; the message says what to do (HTTP 409, or 404 when <see cref="NotFound"/>).</summary>
[GenerateSerializer, Alias("belajar.AdminRefusedException")]
public sealed class AdminRefusedException : Exception
{
    /// <summary>Creates the refusal.</summary>
    public AdminRefusedException(string message, bool notFound = false)
        : base(message)
    {
        NotFound = notFound;
    }

    /// <summary>True when the nomination or administrator does not exist.</summary>
    [Id(0)]
    public bool NotFound { get; init; }
}
