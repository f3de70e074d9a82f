namespace Belajar.Api.Accounts;

/// <summary>Log events of "Unduh Akun". Never a password.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "{Actor} downloaded {Rows} {Kind} accounts of school {Npsn} as {Format}")]
    public static partial void Downloaded(ILogger logger, string actor, int rows, string kind, string npsn, string format);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "{Actor} reset the initial password of {UserId} of school {Npsn}")]
    public static partial void PasswordReset(ILogger logger, string actor, string userId, string npsn);
}
