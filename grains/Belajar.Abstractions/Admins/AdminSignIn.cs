namespace Belajar.Abstractions.Admins;

/// <summary>What the built-in identity provider needs to sign an active regional administrator in.</summary>
[GenerateSerializer, Immutable, Alias("belajar.AdminSignIn")]
public sealed record AdminSignIn(
    [property: Id(0)] string UserId,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string KodeWilayah,
    [property: Id(3)] string FullName);
