namespace Belajar.Abstractions.Accounts;

/// <summary>What Google reports of one user, as far as activation is concerned.</summary>
[GenerateSerializer, Immutable, Alias("belajar.DirectoryUserStatus")]
public sealed record DirectoryUserStatus(
    [property: Id(0)] string GoogleUserId,
    [property: Id(1)] DateTimeOffset? LastLoginTime,
    [property: Id(2)] bool AgreedToTerms,
    [property: Id(3)] bool ChangePasswordAtNextLogin,
    [property: Id(4)] bool Suspended);
