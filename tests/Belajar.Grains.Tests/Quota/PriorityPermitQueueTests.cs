using Belajar.Grains.Quota;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Grains.Tests.Quota;

public class PriorityPermitQueueTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    private DateTimeOffset InOneSecond => _time.GetUtcNow() + TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Available_permits_are_handed_out_at_once()
    {
        var queue = new PriorityPermitQueue(_time);
        queue.AddPermits(1, 2, InOneSecond);

        var first = queue.AcquireAsync(DirectoryPriority.Bulk);
        var second = queue.AcquireAsync(DirectoryPriority.Bulk);
        var third = queue.AcquireAsync(DirectoryPriority.Bulk);

        Assert.True(first.IsCompletedSuccessfully && await first);
        Assert.True(second.IsCompletedSuccessfully && await second);
        Assert.False(third.IsCompleted);
        Assert.Equal(2, queue.Acquired);
    }

    [Fact]
    public void Interactive_goes_before_sync_before_bulk()
    {
        var queue = new PriorityPermitQueue(_time);
        var bulk = queue.AcquireAsync(DirectoryPriority.Bulk).AsTask();
        var sync = queue.AcquireAsync(DirectoryPriority.Sync).AsTask();
        var interactive = queue.AcquireAsync(DirectoryPriority.Interactive).AsTask();

        queue.AddPermits(1, 1, InOneSecond);
        var afterOne = (interactive.IsCompleted, sync.IsCompleted, bulk.IsCompleted);
        queue.AddPermits(2, 1, InOneSecond);
        var afterTwo = (interactive.IsCompleted, sync.IsCompleted, bulk.IsCompleted);
        queue.AddPermits(3, 1, InOneSecond);

        Assert.Equal((true, false, false), afterOne);
        Assert.Equal((true, true, false), afterTwo);
        Assert.True(bulk.IsCompleted);
    }

    [Fact]
    public void Same_priority_is_first_come_first_served()
    {
        var queue = new PriorityPermitQueue(_time);
        var waiters = Enumerable.Range(0, 5).Select(_ => queue.AcquireAsync(DirectoryPriority.Sync).AsTask()).ToList();

        queue.AddPermits(1, 3, InOneSecond);

        Assert.Equal([true, true, true, false, false], waiters.Select(w => w.IsCompleted));
    }

    [Fact]
    public void Waiting_counts_callers_by_priority()
    {
        var queue = new PriorityPermitQueue(_time);
        _ = queue.AcquireAsync(DirectoryPriority.Bulk);
        _ = queue.AcquireAsync(DirectoryPriority.Bulk);
        _ = queue.AcquireAsync(DirectoryPriority.Interactive);

        Assert.Equal(3, queue.Waiting);
        Assert.Equal(2, queue.WaitingAt(DirectoryPriority.Bulk));
        Assert.Equal(0, queue.WaitingAt(DirectoryPriority.Sync));
        Assert.Equal(1, queue.WaitingAt(DirectoryPriority.Interactive));
    }

    [Fact]
    public async Task A_cancelled_caller_leaves_the_queue_without_spending_a_permit()
    {
        var queue = new PriorityPermitQueue(_time);
        using var cancellation = new CancellationTokenSource();
        var cancelled = queue.AcquireAsync(DirectoryPriority.Interactive, cancellation.Token).AsTask();
        var next = queue.AcquireAsync(DirectoryPriority.Bulk).AsTask();

        await cancellation.CancelAsync();
        queue.AddPermits(1, 1, InOneSecond);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True(await next);
        Assert.Equal(0, queue.Waiting);
        Assert.Equal(1, queue.Acquired);
    }

    [Fact]
    public async Task An_already_cancelled_token_takes_no_permit()
    {
        var queue = new PriorityPermitQueue(_time);
        queue.AddPermits(1, 1, InOneSecond);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.AcquireAsync(DirectoryPriority.Interactive, new CancellationToken(true)).AsTask());
        Assert.Equal(1, queue.Available);
    }

    [Fact]
    public void Expired_permits_are_not_handed_out_and_are_reported_unused()
    {
        var queue = new PriorityPermitQueue(_time);
        queue.AddPermits(7, 5, InOneSecond);
        _ = queue.AcquireAsync(DirectoryPriority.Bulk);

        _time.Advance(TimeSpan.FromSeconds(1));
        var late = queue.AcquireAsync(DirectoryPriority.Bulk);

        Assert.False(late.IsCompleted);
        Assert.Equal(0, queue.Available);
        Assert.Equal([new UnusedPermits(7, 4)], queue.RemoveExpired());
        Assert.Empty(queue.RemoveExpired());
    }

    [Fact]
    public void Permits_expiring_first_are_spent_first()
    {
        var queue = new PriorityPermitQueue(_time);
        queue.AddPermits(new Lease { LeaseId = 2, Permits = 1, ExpiresAt = _time.GetUtcNow() + TimeSpan.FromSeconds(2) });
        queue.AddPermits(new Lease { LeaseId = 1, Permits = 1, ExpiresAt = _time.GetUtcNow() + TimeSpan.FromSeconds(1) });

        _ = queue.AcquireAsync(DirectoryPriority.Sync);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(queue.RemoveExpired());
        Assert.Equal(1, queue.Available);
    }

    [Fact]
    public async Task Complete_releases_waiters_with_false_and_returns_unused_permits()
    {
        var queue = new PriorityPermitQueue(_time);
        var waiting = queue.AcquireAsync(DirectoryPriority.Sync).AsTask();

        var unusedBefore = queue.Complete();
        queue.AddPermits(3, 2, InOneSecond);
        var unusedAfter = queue.Complete();

        Assert.False(await waiting);
        Assert.False(await queue.AcquireAsync(DirectoryPriority.Interactive));
        Assert.Empty(unusedBefore);
        Assert.Equal([new UnusedPermits(3, 2)], unusedAfter);
    }

    [Fact]
    public async Task Many_callers_from_many_threads_each_get_one_permit()
    {
        var queue = new PriorityPermitQueue(_time);
        var callers = Enumerable.Range(0, 400)
            .Select(i => Task.Run(async () => await queue.AcquireAsync((DirectoryPriority)(i % 3))))
            .ToList();

        for (var lease = 1; lease <= 40; lease++)
        {
            queue.AddPermits(lease, 10, InOneSecond);
        }

        var results = await Task.WhenAll(callers);
        Assert.All(results, Assert.True);
        Assert.Equal(400, queue.Acquired);
        Assert.Equal(0, queue.Available);
    }
}
