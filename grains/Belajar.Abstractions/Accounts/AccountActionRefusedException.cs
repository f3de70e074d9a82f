namespace Belajar.Abstractions.Accounts;

/// <summary>Why an account refuses a reactivation or a new password after activation. Stored in messages: never renumber.</summary>
[GenerateSerializer, Alias("belajar.AccountRefusal")]
public enum AccountRefusal
{
    /// <summary>A reactivation of an account that is not deactivated.</summary>
    NotDeactivated = 0,

    /// <summary>A new password after activation for an account that is not activated (a created one gets a reset).</summary>
    NotActivated = 1,

    /// <summary>A new password after activation for a head of school or an operator: they go to the Dinas.</summary>
    SchoolStaff = 2,
}

/// <summary>
/// Thrown by <see cref="IAccountGrain.ReactivateAsync"/> and <see cref="IAccountGrain.SetPasswordAfterActivationAsync"/> when the
/// account's status or role does not allow it; the message (Bahasa Indonesia) says what to do instead. The API answers 409, or
/// 403 for <see cref="AccountRefusal.SchoolStaff"/>.
/// </summary>
[GenerateSerializer, Alias("belajar.AccountActionRefusedException")]
public sealed class AccountActionRefusedException : Exception
{
    public AccountActionRefusedException(string userId, AccountStatus status, AccountRefusal refusal)
        : base(MessageFor(userId, status, refusal))
    {
        UserId = userId;
        Status = status;
        Refusal = refusal;
    }

    /// <summary>The account's user id (address).</summary>
    [Id(0)]
    public string UserId { get; }

    /// <summary>The account's status when it refused.</summary>
    [Id(1)]
    public AccountStatus Status { get; }

    /// <summary>Why it refused.</summary>
    [Id(2)]
    public AccountRefusal Refusal { get; }

    private static string MessageFor(string userId, AccountStatus status, AccountRefusal refusal) => refusal switch
    {
        AccountRefusal.NotDeactivated => status is AccountStatus.Created or AccountStatus.Distributed
            ? $"Akun {userId} belum dinonaktifkan; untuk kata sandi awal baru gunakan atur ulang kata sandi (reset-password)."
            : $"Akun {userId} berstatus {AccountStatusWords.Of(status)}; hanya akun yang dinonaktifkan yang dapat diaktifkan kembali.",
        AccountRefusal.NotActivated => status is AccountStatus.Created or AccountStatus.Distributed
            ? $"Akun {userId} belum aktif (belum pernah dipakai); gunakan atur ulang kata sandi (reset-password)."
            : status == AccountStatus.Deactivated
                ? $"Akun {userId} dinonaktifkan; aktifkan kembali akun ini (reactivate)."
                : $"Akun {userId} berstatus {AccountStatusWords.Of(status)}; kata sandi baru setelah aktivasi hanya untuk akun yang sudah aktif.",
        _ => $"Akun {userId} milik kepala sekolah atau operator sekolah; kata sandinya tidak dapat diatur oleh sekolah. Minta bantuan Dinas Pendidikan.",
    };
}
