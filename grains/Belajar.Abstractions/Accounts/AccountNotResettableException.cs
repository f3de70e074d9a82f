namespace Belajar.Abstractions.Accounts;

/// <summary>
/// Thrown by a password reset when the account no longer has an initial password to replace: it is activated (the person
/// chose their own password at Google), deactivated, or not created yet. The API answers 409.
/// </summary>
[GenerateSerializer, Alias("belajar.AccountNotResettableException")]
public sealed class AccountNotResettableException : Exception
{
    /// <summary>For a user id and its current status.</summary>
    public AccountNotResettableException(string userId, AccountStatus status)
        : base($"Akun {userId} berstatus {AccountStatusWords.Of(status)}; hanya akun yang sudah dibuat atau dibagikan yang mendapat kata sandi awal baru.")
    {
        UserId = userId;
        Status = status;
    }

    /// <summary>
    /// For a user id whose person has signed in at Google (at <paramref name="signedInAt"/>) although the stored status still
    /// allowed a reset: the initial password is no longer what the person uses.
    /// </summary>
    public AccountNotResettableException(string userId, AccountStatus status, DateTimeOffset? signedInAt)
        : base($"Akun {userId} sudah masuk (login) ke Google{At(signedInAt)}; kata sandi awal tidak lagi dipakai sehingga tidak dapat diatur ulang.")
    {
        UserId = userId;
        Status = status;
        SignedInAt = signedInAt;
    }

    /// <summary>The account's user id (address).</summary>
    [Id(0)]
    public string UserId { get; }

    /// <summary>The status that forbids the reset.</summary>
    [Id(1)]
    public AccountStatus Status { get; }

    /// <summary>When Google reports the person's last sign-in, if the refusal is for a sign-in the stored status did not know yet.</summary>
    [Id(2)]
    public DateTimeOffset? SignedInAt { get; }

    private static string At(DateTimeOffset? time) =>
        time is { } t ? $" pada {t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC" : "";
}
