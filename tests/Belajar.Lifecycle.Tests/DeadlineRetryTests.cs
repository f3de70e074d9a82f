using Belajar.Grains.Lifecycle;

namespace Belajar.Lifecycle.Tests;

public sealed class DeadlineRetryTests
{
    [Fact]
    public void The_delay_doubles_with_each_failure_from_the_first_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), DeadlineRetry.Delay(1, 0));
        Assert.Equal(TimeSpan.FromSeconds(10), DeadlineRetry.Delay(2, 0));
        Assert.Equal(TimeSpan.FromSeconds(20), DeadlineRetry.Delay(3, 0));
        Assert.Equal(TimeSpan.FromSeconds(40), DeadlineRetry.Delay(4, 0));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    [InlineData(int.MaxValue)]
    public void The_delay_stops_growing_at_the_max_delay(int failures) =>
        Assert.Equal(DeadlineRetry.MaxDelay, DeadlineRetry.Delay(failures, 0));

    [Fact]
    public void The_jitter_shortens_a_delay_by_up_to_half()
    {
        Assert.Equal(TimeSpan.FromSeconds(7.5), DeadlineRetry.Delay(2, 0.5));
        Assert.InRange(DeadlineRetry.Delay(2, 0.999999), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5.0001));
    }

    [Fact]
    public void Every_delay_is_far_shorter_than_the_reminders_period()
    {
        for (var failures = 1; failures < 30; failures++)
        {
            Assert.True(DeadlineRetry.Delay(failures, 0) * 2 <= DeadlineSchedule.ReminderPeriod);
        }
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, -0.1)]
    [InlineData(1, 1.0)]
    [InlineData(1, double.NaN)]
    public void Nonsense_is_refused(int failures, double jitter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRetry.Delay(failures, jitter));
}
