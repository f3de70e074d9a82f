using Belajar.Abstractions.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Accounts;

/// <summary>The operator's reset of an initial password: only for an account whose person has not signed in (asked of Google).</summary>
public sealed partial class AccountGrain
{
    public async Task<PasswordReset> ResetPasswordAsync()
    {
        await LoadAsync();
        if (S.Spec is null || S.UserId is null || S.Status is not (AccountStatus.Created or AccountStatus.Distributed))
        {
            throw new AccountNotResettableException(S.UserId ?? Key, S.Status);
        }

        await RefuseIfSignedInAsync();
        var password = InitialPasswords.Generate();
        await services.Directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.PatchUserAsync(S.UserId, GoogleUsers.ForPasswordReset(password), ct));
        S.ProtectedPassword = services.Protector.Protect(password, Key);
        await WriteAsync();
        LogPasswordReset(services.Logger, Key);
        return new PasswordReset(password, Record());
    }

    /// <summary>
    /// The stored status is only as fresh as the last sync: before an initial password replaces whatever the person uses, Google
    /// is asked (interactive priority) whether the person has signed in. If so, what Google said is stored (and told to the
    /// school, one-way, so the school's copy follows) and the reset is refused.
    /// </summary>
    private async Task RefuseIfSignedInAsync()
    {
        var user = await services.Directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.GetUserAsync(S.UserId!, ct));
        if (user is null || DirectoryStatuses.From(user) is not { } status || !DirectoryStatuses.HasSignedIn(status))
        {
            return;
        }

        await ApplyLoadedStatusAsync(status);
        await TellSchoolAsync();
        LogResetRefusedSignedIn(services.Logger, Key);
        throw new AccountNotResettableException(S.UserId!, S.Status, status.LastLoginTime);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Initial password reset of account {AccountKey} refused: Google reports a sign-in")]
    private static partial void LogResetRefusedSignedIn(ILogger logger, string accountKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Initial password of account {AccountKey} reset")]
    private static partial void LogPasswordReset(ILogger logger, string accountKey);
}
