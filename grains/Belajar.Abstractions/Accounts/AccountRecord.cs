namespace Belajar.Abstractions.Accounts;

/// <summary>
/// What an account tells its school: the view and the encrypted initial password (still encrypted: only the school's download
/// decrypts it), so that the school can serve its operator's download without calling every account.
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.AccountRecord")]
public sealed record AccountRecord(
    [property: Id(0)] AccountView View,
    [property: Id(1)] string? ProtectedPassword);
