namespace Belajar.Abstractions.SignIn;

/// <summary>A school operator who may sign in, from a snapshot's <c>pengguna.csv</c>. Stored: never renumber an <c>[Id]</c>.</summary>
/// <param name="Username">The sign-in name (an e-mail address), compared case-insensitively.</param>
/// <param name="PasswordHash">The bcrypt hash of the Dapodik password; never the password.</param>
/// <param name="Npsn">The operator's own school.</param>
/// <param name="Nama">The display name.</param>
[GenerateSerializer, Immutable, Alias("belajar.OperatorIdentity")]
public sealed record OperatorIdentity(
    [property: Id(0)] string Username,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string Npsn,
    [property: Id(3)] string? Nama);

/// <summary>The answer of a look-up: the operator (null when unknown) and the bcrypt cost most of the shard's hashes have.</summary>
[GenerateSerializer, Immutable, Alias("belajar.OperatorLookup")]
public sealed record OperatorLookup(
    [property: Id(0)] OperatorIdentity? Operator,
    [property: Id(1)] int HashCost);
