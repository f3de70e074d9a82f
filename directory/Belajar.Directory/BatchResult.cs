namespace Belajar.Directory;

/// <summary>The result of one call of a batch, by position: a value, or the error that was final.</summary>
/// <typeparam name="T">The resource type.</typeparam>
public sealed record BatchResult<T>(int Index, T? Value, DirectoryException? Error, CreateUserOutcome Outcome = CreateUserOutcome.Created)
    where T : class
{
    /// <summary>Whether the call succeeded (created, or adopted after a conflict).</summary>
    public bool Succeeded => Error is null && Value is not null;
}
