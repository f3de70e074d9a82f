using Belajar.Abstractions.Accounts;
using Belajar.Directory;
using Belajar.Domain;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Accounts that come back: the reactivation of a deactivated account (a new initial password and its own new deadline), and a
/// new initial password for an activated account whose person asked the school in person (help after activation).
/// </summary>
public sealed partial class AccountGrain
{
    /// <summary>
    /// The due time of the account's deadline check: the deadline rule (<see cref="DeadlineSchedule.DueAt"/>) counted from the
    /// last reactivation, else from the creation. A reactivated account thus gets the reactivation time +
    /// <c>Lifecycle:MinimumGracePeriod</c> (or the national deadline when that is later), plus its own offset in the window.
    /// </summary>
    private DateTimeOffset DeadlineDue() => DeadlineSchedule.DueAt(DeadlineCountsFrom, Key, services.Lifecycle);

    /// <summary>What the account's deadline counts from: its last reactivation, else its creation.</summary>
    private DateTimeOffset DeadlineCountsFrom => S.ReactivatedAt ?? S.CreatedAt!.Value;

    public async Task<Reactivation> ReactivateAsync()
    {
        await LoadAsync();
        if (S.Spec is null || S.UserId is null || S.CreatedAt is null || S.Status != AccountStatus.Deactivated)
        {
            throw new AccountActionRefusedException(S.UserId ?? Key, S.Status, AccountRefusal.NotDeactivated);
        }

        // Google first: a failure leaves the account deactivated as stored (asking again sets another password)
        var password = InitialPasswords.Generate();
        await services.Directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.PatchUserAsync(S.UserId, ForReactivation(password), ct));

        S.Status = AccountStatus.Created;
        S.ProtectedPassword = services.Protector.Protect(password, Key);
        S.ReactivatedAt = services.Time.GetUtcNow();
        _deadlineEpoch++; // a deadline check still in flight from before decides nothing (AccountGrain.IsStale)
        await EnsureDeadlineScheduledAsync(force: true); // registers the account's own reminder and writes the state
        LogReactivated(services.Logger, Key, S.DeadlineDueAt!.Value);
        return new Reactivation(password, Record(), S.DeadlineDueAt!.Value);
    }

    public async Task<PasswordReset> SetPasswordAfterActivationAsync()
    {
        await LoadAsync();
        if (S.Spec is { Role: AccountRole.KepalaSekolah or AccountRole.Operator })
        {
            throw new AccountActionRefusedException(S.UserId ?? Key, S.Status, AccountRefusal.SchoolStaff);
        }

        if (S.Spec is null || S.UserId is null || S.Status != AccountStatus.Activated)
        {
            throw new AccountActionRefusedException(S.UserId ?? Key, S.Status, AccountRefusal.NotActivated);
        }

        var password = InitialPasswords.Generate();
        await services.Directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.PatchUserAsync(S.UserId, GoogleUsers.ForPasswordReset(password), ct));
        LogPasswordSetAfterActivation(services.Logger, Key);
        return new PasswordReset(password, Record());
    }

    /// <summary>The patch of a reactivation: unsuspended, the new initial password, to be changed at the next sign-in.</summary>
    private static User ForReactivation(string initialPassword) => new()
    {
        Suspended = false,
        Password = initialPassword,
        ChangePasswordAtNextLogin = true,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} reactivated; its new deadline is {DueAt}")]
    private static partial void LogReactivated(ILogger logger, string accountKey, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} (activated) got a new initial password asked for in person")]
    private static partial void LogPasswordSetAfterActivation(ILogger logger, string accountKey);
}
