using Belajar.Abstractions.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;

namespace Belajar.Grains.Accounts;

/// <summary>
/// The deadline check's worker in the background of the account: armed by the reminder's tick or, when a tick was lost, by the
/// account's own look after it activates; retried by the account itself; deciding on a fresh sync's read when there is one.
/// </summary>
public sealed partial class AccountGrain
{
    /// <summary>
    /// An account that activates looks, a few seconds later and between calls, at whether its deadline check is due, and arms the
    /// worker if so: a reminder tick dropped on its way (Orleans drops a call that waited longer than its response timeout, as
    /// ticks do when thousands of accounts fall due at once on one silo) still activated the account, so its check starts without
    /// waiting for the reminder's next period. The state is read then unless a call has read it already; the timer removes itself.
    /// </summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        IGrainTimer? look = null;
        var delay = DeadlineSchedule.ActivationCheckDelay * (1 + Random.Shared.NextDouble());
        look = this.RegisterGrainTimer(
            async _ =>
            {
                look?.Dispose();
                await LoadAsync();
                if (AwaitsDeadline && DeadlineDue() <= services.Time.GetUtcNow())
                {
                    await StartDeadlineWorker();
                }
            },
            new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { KeepAlive = false, Interleave = false });
        return base.OnActivateAsync(cancellationToken);
    }

    /// <summary>
    /// The tick only arms the worker, an interleaving one-shot grain timer that keeps the activation alive, and returns at once
    /// (no read, no write: under a burst of ticks each one costs only its activation). An attempt that fails is tried again by the
    /// grain itself after <see cref="DeadlineRetry"/>'s back-off (seconds up to a minute), not at the reminder's next tick; the
    /// worker ends once a check has finished. A tick that arrives while the worker is armed changes nothing.
    /// </summary>
    private Task StartDeadlineWorker()
    {
        _deadlineWorker ??= this.RegisterGrainTimer(
            RunDeadlineWorkerAsync,
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true, Interleave = true });
        return Task.CompletedTask;
    }

    private async Task RunDeadlineWorkerAsync(CancellationToken ct)
    {
        try
        {
            await CheckDeadlineAsync();
            _deadlineFailures = 0;
            _deadlineWorker?.Dispose();
            _deadlineWorker = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            _deadlineFailures++;
            var delay = DeadlineRetry.Delay(_deadlineFailures, Random.Shared.NextDouble());
            LogDeadlineFailed(services.Logger, ex, Key, _deadlineFailures, delay);
            _deadlineWorker?.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// What a deadline check decides against, taken when it starts deciding: the due time it runs for and the account's deadline
    /// epoch (<see cref="_deadlineEpoch"/>, moved by each reactivation). The check waits for its permits, and the account's other
    /// calls run in between (a sync, the leaver rule, a reactivation): a result for an older due time or epoch is dropped.
    /// </summary>
    private readonly record struct DeadlineTicket(DateTimeOffset Due, int Epoch);

    /// <summary>
    /// True when the account no longer awaits the deadline <paramref name="ticket"/> was taken for: decided meanwhile (a sync
    /// activated it, the leaver rule suspended it), reactivated since (a new epoch and due time), or its deadline moved.
    /// </summary>
    private bool IsStale(DeadlineTicket ticket) => !AwaitsDeadline || _deadlineEpoch != ticket.Epoch || DeadlineDue() != ticket.Due;

    /// <summary>A check whose account changed under it decides nothing; the reminder is left as the account's current state has it.</summary>
    private async Task<AccountRecord> DropStaleCheckAsync(DeadlineTicket ticket)
    {
        LogStaleCheckDropped(services.Logger, Key, ticket.Due);
        await EnsureDeadlineScheduledAsync(force: false);
        return Record();
    }

    /// <summary>
    /// Sends the deadline's suspend unless the account changed under the check by the time the permit comes: the test runs inside
    /// the call, after the permit and before the request (on the grain's scheduler: nothing in between leaves it). False when the
    /// check is stale, before the request or once it is back.
    /// </summary>
    private async Task<bool> SuspendUnlessStaleAsync(DeadlineTicket ticket)
    {
        var sent = await services.Directory.CallAsync(DirectoryPriority.Deadline, async (g, ct) =>
        {
            if (IsStale(ticket))
            {
                return false;
            }

            await g.PatchUserAsync(S.UserId!, DirectoryStatuses.Suspend(), ct);
            return true;
        });
        return sent && !IsStale(ticket);
    }

    /// <summary>
    /// Whether the account was used (<see cref="DeadlineUse"/>: for a reactivated one, since its reactivation), and whether a suspend
    /// is to be sent: from a sync's read made since the deadline while it is fresh (<see cref="DeadlineStatusReuse"/>: no query;
    /// never for a reactivated account, whose use the stored sign-in time cannot prove), otherwise from <c>users.get</c> (a user
    /// Google no longer has, or one already suspended, needs no suspend).
    /// </summary>
    private async Task<(bool SignedIn, DateTimeOffset? LastSignIn, bool Suspend)> ReadDeadlineStatusAsync(DateTimeOffset now)
    {
        var deadline = DeadlineSchedule.DeadlineOf(DeadlineCountsFrom, services.Lifecycle);
        if (S.ReactivatedAt is null && DeadlineStatusReuse.CanReuse(S.DeadlineStatusReadAt, deadline, now, services.Lifecycle.DeadlineStatusMaxAge))
        {
            return (S.LastSignInAt is not null, S.LastSignInAt, S.LastSignInAt is null);
        }

        var user = await services.Directory.CallAsync(DirectoryPriority.Deadline, (g, ct) => g.GetUserAsync(S.UserId!, ct));
        var status = user is null ? null : DirectoryStatuses.From(user);
        return status is not null && DeadlineUse.Used(status, S.ReactivatedAt)
            ? (true, DirectoryStatuses.HasSignedIn(status) ? status.LastLoginTime : null, false)
            : (false, null, user is not null && user.Suspended != true);
    }

    /// <summary>
    /// A sync has just applied this account's Google status: from its deadline on, the time of that read is kept for the check
    /// to reuse (<see cref="DeadlineStatusReuse"/>); true when the state changed (the caller writes it). Not for a reactivated
    /// account: the sync keeps Google's last sign-in, which may be from before the reactivation, and the check reads for itself.
    /// </summary>
    private bool NoteDeadlineStatusRead()
    {
        if (!AwaitsDeadline || S.ReactivatedAt is not null)
        {
            return false;
        }

        var now = services.Time.GetUtcNow();
        if (!DeadlineStatusReuse.WorthRecording(DeadlineSchedule.DeadlineOf(DeadlineCountsFrom, services.Lifecycle), now, services.Lifecycle.DeadlineStatusMaxAge))
        {
            return false;
        }

        S.DeadlineStatusReadAt = now;
        return true;
    }
}
