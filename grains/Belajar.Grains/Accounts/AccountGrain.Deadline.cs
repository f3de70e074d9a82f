using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Accounts;

/// <summary>
/// The activation deadline: each created account owns its <c>deadline</c> reminder, registered at its own due time (the deadline,
/// or creation + the minimum grace period, plus a stable offset of its own key in the deactivation window) and removed when the
/// account ends. The reminder's tick starts the check in the background of the grain and returns at once: the check waits for
/// its quota permit at Bulk priority, which may take longer than a reminder call may last. The check is idempotent and may run
/// late or twice; no other grain needs to know the account for it to run (a leaver gone from its school's records is checked too).
/// </summary>
public sealed partial class AccountGrain
{
    private const string DeadlineReminder = "deadline";
    private const string LeaverReminder = "leaver";

    private IGrainTimer? _deadlineWorker;
    private Task<AccountRecord?>? _deadlineRun;
    private int _deadlineFailures;
    private int _deadlineEpoch;

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        DeadlineReminder => StartDeadlineWorker(),
        LeaverReminder => CheckLeaverAsync(),
        _ => Task.CompletedTask,
    };

    public async Task<AccountRecord?> CheckDeadlineAsync()
    {
        // One check at a time: a call arriving while the background check runs (it interleaves) waits for that same check.
        _deadlineRun ??= RunDeadlineCheckAsync();
        try
        {
            return await _deadlineRun;
        }
        finally
        {
            _deadlineRun = null;
        }
    }

    public async Task EnsureDeadlineReminderAsync()
    {
        await LoadAsync();
        // asked once per account (a school's hand-over): the table is asked too, so that a row lost or never written comes back
        var missing = AwaitsDeadline && await this.GetReminder(DeadlineReminder) is null;
        await EnsureDeadlineScheduledAsync(force: missing);
    }

    private bool AwaitsDeadline => S.Spec is not null && S.UserId is not null && S.CreatedAt is not null
        && S.Status is AccountStatus.Created or AccountStatus.Distributed;

    private async Task<AccountRecord?> RunDeadlineCheckAsync()
    {
        await LoadAsync();
        if (!AwaitsDeadline)
        {
            // fired late or twice: already decided, the reminder goes
            if (S.DeadlineReminderAt is not null || S.DeadlineDueAt is not null)
            {
                await EndDeadlineAsync();
            }
            else
            {
                await RemoveReminderAsync(DeadlineReminder);
            }

            return S.Spec is null ? null : Record();
        }

        var now = services.Time.GetUtcNow();
        if (services.Lifecycle.SuspendLeavers && S.LeaverDueAt is { } leaverDue && leaverDue <= now)
        {
            return await CheckLeaverAsync(); // the leaver rule first: suspended whether used or not
        }

        var due = DeadlineDue();
        if (now < due)
        {
            await EnsureDeadlineScheduledAsync(force: true); // early (capped due time) or the deadline was extended
            return Record();
        }

        var ticket = new DeadlineTicket(due, _deadlineEpoch);
        var (signedIn, lastSignIn, suspendWith) = await ReadDeadlineStatusAsync(now);
        if (IsStale(ticket))
        {
            return await DropStaleCheckAsync(ticket); // decided or reactivated while this check waited for its permit
        }

        if (signedIn)
        {
            S.LastSignInAt = lastSignIn ?? S.LastSignInAt;
            S.Status = AccountStatus.Activated;
            LogActivatedAtDeadline(services.Logger, Key);
        }
        else
        {
            if (suspendWith && !await SuspendUnlessStaleAsync(ticket))
            {
                return await DropStaleCheckAsync(ticket);
            }

            S.Status = AccountStatus.Deactivated;
            LogDeactivated(services.Logger, Key, due);
        }

        S.ProtectedPassword = null;
        await EndDeadlineAsync();
        await TellSchoolAsync();
        return Record();
    }

    public async Task MarkLeftAsync()
    {
        await LoadAsync();
        if (!services.Lifecycle.SuspendLeavers || S.Spec is null || S.LeaverDueAt is not null
            || S.Status is not (AccountStatus.Created or AccountStatus.Distributed or AccountStatus.Activated))
        {
            return;
        }

        S.LeaverDueAt = services.Time.GetUtcNow() + services.Lifecycle.LeaverGracePeriod;
        await WriteAsync();
        await this.RegisterOrUpdateReminder(LeaverReminder, DeadlineSchedule.ReminderDueTime(S.LeaverDueAt.Value, services.Time.GetUtcNow()), DeadlineSchedule.ReminderPeriod);
    }

    public async Task<AccountRecord?> CheckLeaverAsync()
    {
        await LoadAsync();
        if (S.LeaverDueAt is not { } due)
        {
            await RemoveReminderAsync(LeaverReminder);
            return S.Spec is null ? null : Record();
        }

        var now = services.Time.GetUtcNow();
        if (now < due)
        {
            await this.RegisterOrUpdateReminder(LeaverReminder, DeadlineSchedule.ReminderDueTime(due, now), DeadlineSchedule.ReminderPeriod);
            return Record();
        }

        if (S.UserId is not null && S.Status is not AccountStatus.Deactivated)
        {
            // as the deadline's suspend (SuspendUnlessStaleAsync): not sent, nor recorded, when another leaver check ended the rule
            // while this one waited for its permit (the account may be reactivated since)
            var sent = await services.Directory.CallAsync(DirectoryPriority.Deadline, async (g, ct) =>
            {
                if (S.LeaverDueAt != due)
                {
                    return false;
                }

                await g.PatchUserAsync(S.UserId!, DirectoryStatuses.Suspend(), ct);
                return true;
            });
            if (!sent || S.LeaverDueAt != due)
            {
                return Record();
            }

            S.Status = AccountStatus.Deactivated;
            S.ProtectedPassword = null;
            LogLeaverSuspended(services.Logger, Key);
        }

        S.LeaverDueAt = null;
        await EndDeadlineAsync();
        await RemoveReminderAsync(LeaverReminder);
        return Record();
    }

    private async Task CancelLeaverAsync()
    {
        S.LeaverDueAt = null;
        await WriteAsync();
        await RemoveReminderAsync(LeaverReminder);
    }

    /// <summary>
    /// Keeps the account's own <c>deadline</c> reminder in step with its state: while it awaits its deadline, registered for the
    /// current due time (under the current options: a moved deadline moves it) unless it already is, or always when
    /// <paramref name="force"/> (after an early firing of a capped due time); otherwise removed. The recorded due time is written
    /// only after registering, so a crash in between registers again.
    /// </summary>
    private async Task EnsureDeadlineScheduledAsync(bool force)
    {
        if (!AwaitsDeadline)
        {
            if (S.DeadlineReminderAt is not null || S.DeadlineDueAt is not null)
            {
                await EndDeadlineAsync();
            }

            return;
        }

        var due = DeadlineDue();
        if (!force && S.DeadlineReminderAt == due && S.DeadlineDueAt == due)
        {
            return;
        }

        await RegisterDeadlineReminderAsync(due);
        await WriteAsync();
    }

    /// <summary>Registers the reminder for <paramref name="due"/> and records it in the state (the caller writes it).</summary>
    private async Task RegisterDeadlineReminderAsync(DateTimeOffset due)
    {
        await this.RegisterOrUpdateReminder(DeadlineReminder, DeadlineSchedule.ReminderDueTime(due, services.Time.GetUtcNow()), DeadlineSchedule.ReminderPeriod);
        S.DeadlineDueAt = due;
        S.DeadlineReminderAt = due;
    }

    /// <summary>
    /// At creation: the Google user exists, so its id must be written whatever happens to the reminder; a registration that
    /// fails leaves <see cref="AccountState.DeadlineReminderAt"/> null, and the school's next sync or the next run registers it.
    /// </summary>
    private async Task TryRegisterDeadlineReminderAsync()
    {
        var due = DeadlineDue();
        S.DeadlineDueAt = due;
        try
        {
            await RegisterDeadlineReminderAsync(due);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReminderNotRegistered(services.Logger, ex, Key);
        }
    }

    /// <summary>
    /// No deadline pending any more: the due time forgotten (written) and the reminder removed, unless a reactivation came in while
    /// the write was on its way (its own reminder, for its new deadline, stays).
    /// </summary>
    private async Task EndDeadlineAsync()
    {
        S.DeadlineDueAt = null;
        S.DeadlineReminderAt = null;
        await WriteAsync();
        if (!AwaitsDeadline)
        {
            await RemoveReminderAsync(DeadlineReminder);
        }
    }

    private async Task RemoveReminderAsync(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>One-way (<see cref="ISchoolGrain.AccountChangedAsync"/>), so that a school syncing this account cannot deadlock with it.</summary>
    private Task TellSchoolAsync()
    {
        var record = Record();
        return GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(record.View.Npsn)).AccountChangedAsync(record);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} never signed in by its deadline {DueAt}: suspended")]
    private static partial void LogDeactivated(ILogger logger, string accountKey, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Account {AccountKey} had signed in by its deadline: activated")]
    private static partial void LogActivatedAtDeadline(ILogger logger, string accountKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey}: its deadline reminder could not be registered at creation; the next sync or run registers it")]
    private static partial void LogReminderNotRegistered(ILogger logger, Exception ex, string accountKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey}: deadline check failed ({Failures} in a row), tried again in {Delay}")]
    private static partial void LogDeadlineFailed(ILogger logger, Exception ex, string accountKey, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey}: the deadline check for {DueAt} decided nothing, the account was decided or reactivated while it waited")]
    private static partial void LogStaleCheckDropped(ILogger logger, string accountKey, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} left Dapodik and its grace period ended: suspended")]
    private static partial void LogLeaverSuspended(ILogger logger, string accountKey);
}
