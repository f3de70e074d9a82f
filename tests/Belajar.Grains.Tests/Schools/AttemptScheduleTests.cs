using Belajar.Grains.Schools;

namespace Belajar.Grains.Tests.Schools;

public class AttemptScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly ProvisioningOptions Options = new()
    {
        MaxAttempts = 4, RetryBackoff = TimeSpan.FromSeconds(10), MaxRetryBackoff = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public void An_account_whose_failures_never_clear_gets_exactly_max_attempts()
    {
        var schedule = new AttemptSchedule(Options, new Random(1));
        AccountAttempts? attempts = null;
        var tried = 0;
        do
        {
            tried++;
            attempts = schedule.AfterFailure(attempts, "Google 503 backendError", Now);
        }
        while (!schedule.IsSpent(attempts));

        Assert.Equal(Options.MaxAttempts, tried);
        Assert.Equal("Google 503 backendError", attempts.LastError);
    }

    [Fact]
    public void Waits_double_from_the_first_back_off_up_to_the_cap_each_drawn_between_half_and_all()
    {
        var schedule = new AttemptSchedule(Options, new Random(7));
        var ceilings = new[] { 10, 20, 30, 30, 30 };

        for (var count = 1; count <= ceilings.Length; count++)
        {
            var waits = Enumerable.Range(0, 200).Select(_ => schedule.Backoff(count).TotalSeconds).ToList();

            Assert.All(waits, w => Assert.InRange(w, ceilings[count - 1] / 2.0, ceilings[count - 1]));
            Assert.True(waits.Max() - waits.Min() > ceilings[count - 1] / 4.0, "the waits are jittered");
        }
    }

    [Fact]
    public void An_account_is_not_tried_before_its_next_attempt_is_due()
    {
        var attempts = new AttemptSchedule(Options, new Random(3)).AfterFailure(null, "TimeoutException", Now);

        Assert.True(AttemptSchedule.IsDue(null, Now));
        Assert.False(AttemptSchedule.IsDue(attempts, Now));
        Assert.True(AttemptSchedule.IsDue(attempts, attempts.NextAt));
    }

    [Theory]
    [InlineData(nameof(ProvisioningOptions.AccountsPerSchool))]
    [InlineData(nameof(ProvisioningOptions.MaxAttempts))]
    public void Options_that_would_fail_every_tick_are_refused_at_start_up_naming_the_setting(string setting)
    {
        var options = new ProvisioningOptions();
        typeof(ProvisioningOptions).GetProperty(setting)!.SetValue(options, 0);

        var result = new ProvisioningOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Provisioning:{setting} must be at least 1; it is 0.", result.FailureMessage, StringComparison.Ordinal);
    }
}
