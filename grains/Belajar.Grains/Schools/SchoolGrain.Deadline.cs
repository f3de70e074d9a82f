using Belajar.Abstractions.Accounts;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Schools;

/// <summary>
/// The activation deadline belongs to each account: every created account registers its own <c>deadline</c> reminder
/// (<see cref="Accounts.AccountGrain"/>), so the school fans nothing out. What remains here is the hand-over from the one
/// reminder per school that schools stored earlier: when that reminder fires (or the school activates with it recorded), each
/// of the school's pending accounts is asked to register its own reminder, and the school's reminder removes itself.
/// </summary>
public sealed partial class SchoolGrain
{
    private const string DeadlineReminder = "deadline";

    private IGrainTimer? _deadlineHandOver;

    /// <summary>
    /// In the background (an interleaving grain timer, retried a minute later if it fails), so that the reminder's tick returns
    /// at once and the school keeps answering its operator.
    /// </summary>
    private Task StartDeadlineHandOver()
    {
        _deadlineHandOver ??= this.RegisterGrainTimer(
            async _ =>
            {
                try
                {
                    await HandDeadlinesToAccountsAsync();
                    _deadlineHandOver?.Dispose();
                    _deadlineHandOver = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogHandOverFailed(ex, S.Info?.Npsn);
                }
            },
            new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMinutes(1)) { KeepAlive = true, Interleave = true });
        return Task.CompletedTask;
    }

    private async Task HandDeadlinesToAccountsAsync()
    {
        var pending = S.Accounts.Values.Select(a => a.View)
            .Where(v => v.Status is AccountStatus.Created or AccountStatus.Distributed)
            .Select(v => v.AccountKey)
            .ToList();
        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.AccountsPerSchool, TaskScheduler = TaskScheduler.Current },
            async (key, _) => await GrainFactory.GetGrain<IAccountGrain>(key).EnsureDeadlineReminderAsync());

        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        if (S.DeadlineReminderDueAt is not null)
        {
            S.DeadlineReminderDueAt = null;
            await SaveAsync();
        }

        LogHandedOver(S.Info?.Npsn, pending.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "School {Npsn}: handing the deadline reminders to the accounts failed, will retry in a minute")]
    private partial void LogHandOverFailed(Exception ex, string? npsn);

    [LoggerMessage(Level = LogLevel.Information, Message = "School {Npsn}: {Accounts} pending accounts registered their own deadline reminders; the school's reminder is removed")]
    private partial void LogHandedOver(string? npsn, int accounts);
}
