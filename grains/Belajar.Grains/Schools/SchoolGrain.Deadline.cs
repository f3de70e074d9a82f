using Belajar.Abstractions.Accounts;
using Belajar.Grains.Lifecycle;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Schools;

/// <summary>
/// The activation deadline, one reminder per school: due at the earliest due time of the school's pending accounts (created or
/// distributed, each due at the deadline or its creation + the minimum grace period, plus the school's stable offset in the
/// deactivation window); when it fires, each due account runs its own idempotent check (read back from Google, suspend if never
/// used), then the reminder moves to the next due time or goes. A million accounts are then ~1,000 reminder rows, not a million
/// (docs/lifecycle.md has the figures).
/// </summary>
public sealed partial class SchoolGrain
{
    private const string DeadlineReminder = "deadline";

    private IGrainTimer? _deadlineWorker;
    private Task<int>? _deadlineRun;

    public async Task<int> CheckDeadlinesAsync()
    {
        // One run at a time: a call arriving while the background run is going (it interleaves) waits for that same run.
        _deadlineRun ??= RunDeadlinesAsync();
        try
        {
            return await _deadlineRun;
        }
        finally
        {
            _deadlineRun = null;
        }
    }

    /// <summary>
    /// The reminder's tick returns at once and the checks run in the background of the grain (under the quota a school's run
    /// lasts minutes: longer than a reminder call may take, and the school keeps answering its operator meanwhile). A run that
    /// fails is tried again a minute later; the reminder's own period is the last safety net.
    /// </summary>
    private Task StartDeadlineWorker()
    {
        _deadlineWorker ??= this.RegisterGrainTimer(
            async _ =>
            {
                try
                {
                    await CheckDeadlinesAsync();
                    _deadlineWorker?.Dispose();
                    _deadlineWorker = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogDeadlinesFailed(ex, S.Info?.Npsn);
                }
            },
            new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMinutes(1)) { KeepAlive = true, Interleave = true });
        return Task.CompletedTask;
    }

    private async Task<int> RunDeadlinesAsync()
    {
        var now = time.GetUtcNow();
        var due = PendingDeadlines().Where(p => p.DueAt <= now).Select(p => p.Key).ToList();
        if (due.Count > 0)
        {
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.AccountsPerSchool, TaskScheduler = TaskScheduler.Current },
                async (key, _) =>
                {
                    if (await GrainFactory.GetGrain<IAccountGrain>(key).CheckDeadlineAsync() is { } record)
                    {
                        ApplyKnown(record);
                    }
                });
            await SaveAsync();
            await ReportToRegionAsync();
            LogDeadlinesChecked(S.Info?.Npsn, due.Count);
        }

        await EnsureDeadlineReminderAsync(force: true);
        return due.Count;
    }

    /// <summary>The due time of each account still waiting for its deadline, under the current options.</summary>
    private IEnumerable<(string Key, DateTimeOffset DueAt)> PendingDeadlines() =>
        S.Accounts.Values
            .Select(a => a.View)
            .Where(v => v.Status is AccountStatus.Created or AccountStatus.Distributed && v.CreatedAt is not null)
            .Select(v => (v.AccountKey, DeadlineSchedule.DueAt(v.CreatedAt!.Value, v.Npsn, lifecycle.Value)));

    /// <summary>
    /// Registers the reminder for the earliest pending due time, removes it when nothing is pending; <paramref name="force"/> after
    /// a firing (a capped due time fired early and must be registered again even if the due time is unchanged).
    /// </summary>
    private async Task EnsureDeadlineReminderAsync(bool force)
    {
        var pending = PendingDeadlines().Select(p => p.DueAt).ToList();
        DateTimeOffset? next = pending.Count == 0 ? null : pending.Min();
        if (!force && next == S.DeadlineReminderDueAt)
        {
            return;
        }

        if (next is { } dueAt)
        {
            await this.RegisterOrUpdateReminder(DeadlineReminder, DeadlineSchedule.ReminderDueTime(dueAt, time.GetUtcNow()), DeadlineSchedule.ReminderPeriod);
        }
        else if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        if (S.DeadlineReminderDueAt != next)
        {
            S.DeadlineReminderDueAt = next;
            await SaveAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "School {Npsn}: deadline checks failed, will retry in a minute")]
    private partial void LogDeadlinesFailed(Exception ex, string? npsn);

    [LoggerMessage(Level = LogLevel.Information, Message = "School {Npsn}: deadline checks of {Accounts} accounts done")]
    private partial void LogDeadlinesChecked(string? npsn, int accounts);
}
