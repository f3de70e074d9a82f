using Belajar.Grains.Lifecycle;

namespace Belajar.Lifecycle.Tests;

public sealed class DeadlineStatusReuseTests
{
    private static readonly DateTimeOffset Deadline = new(2021, 6, 30, 16, 59, 59, TimeSpan.Zero);
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    [Fact]
    public void A_read_since_the_deadline_and_younger_than_the_max_age_stands_in_for_the_checks_own_read()
    {
        Assert.True(DeadlineStatusReuse.CanReuse(Deadline, Deadline, Deadline.AddMinutes(59), MaxAge));
        Assert.True(DeadlineStatusReuse.CanReuse(Deadline.AddMinutes(10), Deadline, Deadline.AddMinutes(70), MaxAge));
    }

    [Fact]
    public void A_read_older_than_the_max_age_does_not()
    {
        Assert.True(DeadlineStatusReuse.CanReuse(Deadline, Deadline, Deadline + MaxAge, MaxAge));
        Assert.False(DeadlineStatusReuse.CanReuse(Deadline, Deadline, Deadline + MaxAge + TimeSpan.FromTicks(1), MaxAge));
    }

    [Fact]
    public void A_read_before_the_deadline_never_does_however_young()
    {
        Assert.False(DeadlineStatusReuse.CanReuse(Deadline.AddTicks(-1), Deadline, Deadline.AddMinutes(1), MaxAge));
    }

    [Fact]
    public void No_read_or_a_zero_max_age_means_the_check_reads()
    {
        Assert.False(DeadlineStatusReuse.CanReuse(null, Deadline, Deadline.AddMinutes(1), MaxAge));
        Assert.False(DeadlineStatusReuse.CanReuse(Deadline, Deadline, Deadline, TimeSpan.Zero));
    }

    [Fact]
    public void A_syncs_read_is_worth_recording_from_the_deadline_on_while_reuse_is_on()
    {
        Assert.False(DeadlineStatusReuse.WorthRecording(Deadline, Deadline.AddTicks(-1), MaxAge));
        Assert.True(DeadlineStatusReuse.WorthRecording(Deadline, Deadline, MaxAge));
        Assert.False(DeadlineStatusReuse.WorthRecording(Deadline, Deadline.AddDays(1), TimeSpan.Zero));
    }
}
