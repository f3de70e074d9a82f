using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Accounts;

/// <summary>
/// The activation deadline: each created account knows its due time (the deadline, or creation + the minimum grace period, plus
/// its school's stable offset in the deactivation window); its school's one <c>deadline</c> reminder calls the check when due
/// (<see cref="Schools.SchoolGrain"/>; per-account reminders did not hold at a million, see docs/lifecycle.md). The check is
/// idempotent and may run late or twice. A per-account reminder registered by an earlier version is still honoured and removed.
/// </summary>
public sealed partial class AccountGrain
{
    /// <summary>The per-account reminder of earlier versions: still delivered (rows may remain), removed by the check.</summary>
    private const string DeadlineReminder = "deadline";
    private const string LeaverReminder = "leaver";

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        DeadlineReminder => CheckDeadlineAsync(),
        LeaverReminder => CheckLeaverAsync(),
        _ => Task.CompletedTask,
    };

    public async Task<AccountRecord?> CheckDeadlineAsync()
    {
        await LoadAsync();
        if (S.Spec is null || S.UserId is null || S.CreatedAt is null || S.Status is not (AccountStatus.Created or AccountStatus.Distributed))
        {
            if (S.DeadlineDueAt is not null)
            {
                S.DeadlineDueAt = null;
                await WriteAsync();
            }

            await RemoveReminderAsync(DeadlineReminder); // fired late or twice: already decided
            return S.Spec is null ? null : Record();
        }

        var due = DeadlineSchedule.DueAt(S.CreatedAt.Value, S.Spec!.Npsn, services.Lifecycle);
        var now = services.Time.GetUtcNow();
        if (now < due)
        {
            if (S.DeadlineDueAt != due)
            {
                await ScheduleDeadlineAsync(due); // the deadline was extended: the school calls again then
            }

            return Record();
        }

        var user = await services.Directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.GetUserAsync(S.UserId, ct));
        var status = user is null ? null : DirectoryStatuses.From(user);
        if (status is not null && DirectoryStatuses.HasSignedIn(status))
        {
            S.LastSignInAt = status.LastLoginTime;
            S.Status = AccountStatus.Activated;
            LogActivatedAtDeadline(services.Logger, Key);
        }
        else
        {
            if (user is not null && user.Suspended != true)
            {
                await services.Directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.PatchUserAsync(S.UserId, DirectoryStatuses.Suspend(), ct));
            }

            S.Status = AccountStatus.Deactivated;
            LogDeactivated(services.Logger, Key, due);
        }

        S.ProtectedPassword = null;
        S.DeadlineDueAt = null;
        await WriteAsync();
        await RemoveReminderAsync(DeadlineReminder);
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
            await services.Directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.PatchUserAsync(S.UserId, DirectoryStatuses.Suspend(), ct));
            S.Status = AccountStatus.Deactivated;
            S.ProtectedPassword = null;
            LogLeaverSuspended(services.Logger, Key);
        }

        S.LeaverDueAt = null;
        S.DeadlineDueAt = null;
        await WriteAsync();
        await RemoveReminderAsync(LeaverReminder);
        await RemoveReminderAsync(DeadlineReminder);
        return Record();
    }

    private async Task CancelLeaverAsync()
    {
        S.LeaverDueAt = null;
        await WriteAsync();
        await RemoveReminderAsync(LeaverReminder);
    }

    /// <summary>Records the due time of the deadline check unless it is already the current one (the school's reminder calls the check).</summary>
    private async Task EnsureDeadlineScheduledAsync()
    {
        if (S.CreatedAt is { } createdAt && S.Spec is { } spec)
        {
            var due = DeadlineSchedule.DueAt(createdAt, spec.Npsn, services.Lifecycle);
            if (S.DeadlineDueAt != due)
            {
                await ScheduleDeadlineAsync(due);
            }
        }
    }

    private async Task ScheduleDeadlineAsync(DateTimeOffset due)
    {
        S.DeadlineDueAt = due;
        await WriteAsync();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} left Dapodik and its grace period ended: suspended")]
    private static partial void LogLeaverSuspended(ILogger logger, string accountKey);
}
