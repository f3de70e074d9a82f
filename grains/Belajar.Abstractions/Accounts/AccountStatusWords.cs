namespace Belajar.Abstractions.Accounts;

/// <summary>An account status as the operator reads it, in Bahasa Indonesia: the one wording of every sheet and message.</summary>
public static class AccountStatusWords
{
    /// <summary>menunggu, dibuat, dibagikan, aktif, dinonaktifkan, gagal.</summary>
    public static string Of(AccountStatus status) => status switch
    {
        AccountStatus.Pending => "menunggu",
        AccountStatus.Created => "dibuat",
        AccountStatus.Distributed => "dibagikan",
        AccountStatus.Activated => "aktif",
        AccountStatus.Deactivated => "dinonaktifkan",
        AccountStatus.Failed => "gagal",
        _ => status.ToString().ToLowerInvariant(),
    };
}
