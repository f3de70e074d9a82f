using Belajar.Grains.Metrics;

namespace Belajar.Grains.Quota;

/// <summary>
/// A silo's local permits for Directory calls, refilled from <see cref="Lease"/>s, divided among the classes that wait by their
/// guaranteed shares (<see cref="ShareScheduler"/>: a waiting class gets at least its share of the permits, what a class leaves
/// goes to the others, ties go to <see cref="DirectoryPriority.Interactive"/> first), first come first served within a class.
/// Each permit's wait is recorded per class (<see cref="BelajarMetrics.QuotaWait"/>, and the longest of the last minute for <c>/ops</c>).
/// A permit is spent by the
/// call it allows (nothing to release). Permits void at their lease's expiry; the refill loop collects them
/// with <see cref="RemoveExpired"/> and returns them to the ledger. Thread-safe.
/// </summary>
public sealed class PriorityPermitQueue
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly LinkedList<Waiter>[] _waiters = [new(), new(), new(), new()];
    private readonly ShareScheduler _scheduler;
    private readonly ClassUseWindow _use = new();
    private readonly List<Batch> _batches = [];
    private readonly List<UnusedPermits> _expired = [];
    private bool _completed;
    private long _acquired;

    /// <summary>An empty queue; time decides when permits expire; <paramref name="shares"/> (default: the defaults of
    /// <see cref="QuotaSharesOptions"/>) divide the permits among the classes.</summary>
    public PriorityPermitQueue(TimeProvider timeProvider, QuotaSharesOptions? shares = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
        _scheduler = new ShareScheduler(shares ?? new QuotaSharesOptions());
    }

    /// <summary>The guaranteed shares the permits are divided by.</summary>
    public QuotaSharesOptions Shares => _scheduler.Shares;

    /// <summary>Permits handed out to <paramref name="priority"/> in the last 60 s (for <c>/ops</c>).</summary>
    public int UsedLastMinute(DirectoryPriority priority)
    {
        lock (_gate)
        {
            return _use.LastMinute(priority, _time.GetUtcNow());
        }
    }

    /// <summary>The longest a caller of <paramref name="priority"/> waited for a permit handed out in the last 60 s (for <c>/ops</c>).</summary>
    public TimeSpan LongestWaitLastMinute(DirectoryPriority priority)
    {
        lock (_gate)
        {
            return _use.LongestWait(priority, _time.GetUtcNow());
        }
    }

    /// <summary>Unexpired permits not yet handed out.</summary>
    public int Available
    {
        get
        {
            lock (_gate)
            {
                PurgeExpired();
                return _batches.Sum(b => b.Remaining);
            }
        }
    }

    /// <summary>Callers waiting for a permit, all priorities: the backlog the refill loop reports as <c>queued</c>.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Sum(w => w.Count);
            }
        }
    }

    /// <summary>Permits handed out since the queue was made (for the refill loop's rate estimate).</summary>
    public long Acquired => Interlocked.Read(ref _acquired);

    /// <summary>Callers waiting at <paramref name="priority"/>.</summary>
    public int WaitingAt(DirectoryPriority priority)
    {
        lock (_gate)
        {
            return _waiters[Index(priority)].Count;
        }
    }

    /// <summary>
    /// Waits for a permit. Completes with <c>true</c> when one is handed out, <c>false</c> if the queue was
    /// <see cref="Complete"/>d; throws <see cref="OperationCanceledException"/> if cancelled first (no permit is spent).
    /// </summary>
    public ValueTask<bool> AcquireAsync(DirectoryPriority priority, CancellationToken cancellationToken = default)
    {
        var index = Index(priority);
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        lock (_gate)
        {
            if (_completed)
            {
                return new ValueTask<bool>(false);
            }

            if (TryTake())
            {
                Served(priority, TimeSpan.Zero);
                return new ValueTask<bool>(true);
            }

            var waiter = new Waiter(this, _time.GetTimestamp());
            waiter.Node = _waiters[index].AddLast(waiter);
            if (cancellationToken.CanBeCanceled)
            {
                waiter.Registration = cancellationToken.UnsafeRegister(static (state, token) => ((Waiter)state!).Cancel(token), waiter);
            }

            return new ValueTask<bool>(waiter.Completion.Task);
        }
    }

    /// <summary>Adds a lease's permits and hands them to waiting callers, class by class as <see cref="ShareScheduler"/> says.</summary>
    public void AddPermits(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        AddPermits(lease.LeaseId, lease.Permits, lease.ExpiresAt);
    }

    /// <summary>Adds <paramref name="count"/> permits usable until <paramref name="expiresAt"/>.</summary>
    public void AddPermits(long leaseId, int count, DateTimeOffset expiresAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            if (count == 0)
            {
                return;
            }

            var at = _batches.FindIndex(b => b.ExpiresAt > expiresAt);
            _batches.Insert(at < 0 ? _batches.Count : at, new Batch(leaseId, expiresAt) { Remaining = count });
            while (_scheduler.Next(c => _waiters[Index(c)].Count > 0) is { } priority && TryTake())
            {
                var queue = _waiters[Index(priority)];
                var node = queue.First!;
                queue.RemoveFirst();
                Served(priority, _time.GetElapsedTime(node.Value.Since));
                node.Value.Registration.Unregister();
                node.Value.Completion.TrySetResult(true);
            }
        }
    }

    /// <summary>Permits whose lease expired unused since the last call, to return to the ledger.</summary>
    public IReadOnlyList<UnusedPermits> RemoveExpired()
    {
        lock (_gate)
        {
            PurgeExpired();
            var expired = _expired.ToList();
            _expired.Clear();
            return expired;
        }
    }

    /// <summary>
    /// Stops the queue (the silo is shutting down): waiting callers get <c>false</c>, later ones too; returns
    /// every permit not handed out, expired or not, to give back to the ledger.
    /// </summary>
    public IReadOnlyList<UnusedPermits> Complete()
    {
        List<Waiter> waiting;
        List<UnusedPermits> unused;
        lock (_gate)
        {
            _completed = true;
            waiting = _waiters.SelectMany(w => w).ToList();
            foreach (var queue in _waiters)
            {
                queue.Clear();
            }

            unused = [.. _expired, .. _batches.Where(b => b.Remaining > 0).Select(b => new UnusedPermits(b.LeaseId, b.Remaining))];
            _expired.Clear();
            _batches.Clear();
        }

        foreach (var waiter in waiting)
        {
            waiter.Registration.Unregister();
            waiter.Completion.TrySetResult(false);
        }

        return unused;
    }

    private bool TryTake()
    {
        PurgeExpired();
        foreach (var batch in _batches)
        {
            if (batch.Remaining > 0)
            {
                batch.Remaining--;
                Interlocked.Increment(ref _acquired);
                return true;
            }
        }

        return false;
    }

    private void Served(DirectoryPriority priority, TimeSpan waited)
    {
        _scheduler.Served(priority);
        _use.Record(priority, _time.GetUtcNow(), waited);
        BelajarMetrics.QuotaWait.Record(waited.TotalSeconds, new KeyValuePair<string, object?>(BelajarMetrics.ClassTag, priority.ToString()));
    }

    private void PurgeExpired()
    {
        var now = _time.GetUtcNow();
        while (_batches.Count > 0 && _batches[0].ExpiresAt <= now)
        {
            if (_batches[0].Remaining > 0)
            {
                _expired.Add(new UnusedPermits(_batches[0].LeaseId, _batches[0].Remaining));
            }

            _batches.RemoveAt(0);
        }
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is { } list)
            {
                list.Remove(waiter.Node);
            }
        }

        waiter.Completion.TrySetCanceled(token);
    }

    private static int Index(DirectoryPriority priority) => priority switch
    {
        DirectoryPriority.Bulk => 0,
        DirectoryPriority.Sync => 1,
        DirectoryPriority.Interactive => 2,
        DirectoryPriority.Deadline => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Use Interactive, Sync, Bulk or Deadline."),
    };

    private sealed class Waiter(PriorityPermitQueue owner, long since)
    {
        /// <summary>When it started waiting (<see cref="TimeProvider.GetTimestamp"/>).</summary>
        public long Since { get; } = since;

        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }

        public void Cancel(CancellationToken token) => owner.Cancel(this, token);
    }

    private sealed class Batch(long leaseId, DateTimeOffset expiresAt)
    {
        public long LeaseId { get; } = leaseId;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public int Remaining { get; set; }
    }
}
