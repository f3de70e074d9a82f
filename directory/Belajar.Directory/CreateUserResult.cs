namespace Belajar.Directory;

/// <summary>How an idempotent user creation ended.</summary>
public enum CreateUserOutcome
{
    /// <summary>The user was created by this call.</summary>
    Created,

    /// <summary>The address already held a user with our external id (an earlier attempt created it): adopted.</summary>
    Adopted,

    /// <summary>The address belongs to somebody else (another external id, or none).</summary>
    AddressTaken,
}

/// <summary>The result of <see cref="IDirectoryGateway.CreateUserAsync"/>: the outcome and the user (ours, or the one holding the address).</summary>
public sealed record CreateUserResult(CreateUserOutcome Outcome, User? User)
{
    /// <summary>Whether the platform now owns a user at the address (created or adopted).</summary>
    public bool Succeeded => Outcome is CreateUserOutcome.Created or CreateUserOutcome.Adopted;
}
