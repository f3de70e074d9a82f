using Belajar.Grains.Schools;

namespace Belajar.Grains.Tests.Schools;

public sealed class SyncCoalescingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_school_never_synced_on_demand_may_sync_now()
    {
        Assert.Equal(TimeSpan.Zero, SyncCoalescing.WaitFor(null, Minute, Now));
    }

    [Fact]
    public void A_sync_asked_for_within_the_interval_of_the_last_one_waits_for_the_rest_of_it()
    {
        Assert.Equal(TimeSpan.FromSeconds(40), SyncCoalescing.WaitFor(Now.AddSeconds(-20), Minute, Now));
        Assert.Equal(TimeSpan.Zero, SyncCoalescing.WaitFor(Now.AddSeconds(-60), Minute, Now));
    }

    [Fact]
    public void A_zero_interval_turns_the_limit_off()
    {
        Assert.Equal(TimeSpan.Zero, SyncCoalescing.WaitFor(Now, TimeSpan.Zero, Now));
    }
}
