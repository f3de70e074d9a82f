using Belajar.Abstractions.SignIn;
using Belajar.Grains.SignIn;

namespace Belajar.Grains.Tests.SignIn;

public class SignInLedgerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly SignInLimits Limits = new(5, 100, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15));

    [Fact]
    public void Attempts_in_flight_count_at_once_so_the_sixth_is_refused_before_any_password_is_checked()
    {
        var ledger = new SignInLedger();

        var admissions = Enumerable.Range(0, 6).Select(_ => ledger.Admit(null, Limits, Start)).ToList();

        Assert.Equal(5, admissions.Count(a => a.Admitted));
        Assert.Equal(TimeSpan.FromMinutes(1), admissions[5].RetryAfter);
    }

    [Fact]
    public void A_success_takes_its_attempt_back_and_clears_the_lockout()
    {
        var ledger = new SignInLedger();
        for (var i = 0; i < 4; i++)
        {
            ledger.Admit(null, Limits, Start);
        }

        ledger.Admit(null, Limits, Start);
        ledger.Succeed(null, Start);

        Assert.True(ledger.Admit(null, Limits, Start).Admitted);
    }

    [Fact]
    public void Each_known_device_is_judged_on_its_own_failures()
    {
        var ledger = new SignInLedger();
        for (var i = 0; i < 5; i++)
        {
            ledger.Admit(null, Limits, Start);
        }

        Assert.False(ledger.Admit(null, Limits, Start).Admitted);
        Assert.True(ledger.Admit("device-a", Limits, Start).Admitted);
    }

    [Fact]
    public void The_hourly_limit_holds_without_lockouts_and_frees_an_hour_after_the_oldest_failure()
    {
        var ledger = new SignInLedger();
        var limits = Limits with { FailuresBeforeLockout = 1000, FailuresPerHour = 3 };
        for (var i = 0; i < 3; i++)
        {
            Assert.True(ledger.Admit(null, limits, Start.AddMinutes(i * 10)).Admitted);
        }

        var refused = ledger.Admit(null, limits, Start.AddMinutes(30));

        Assert.Equal(TimeSpan.FromMinutes(30), refused.RetryAfter);
        Assert.True(ledger.Admit(null, limits, Start.AddMinutes(60)).Admitted);
    }

    [Fact]
    public void A_released_attempt_no_longer_counts_but_the_lockout_stays()
    {
        var ledger = new SignInLedger();
        var limits = Limits with { FailuresBeforeLockout = 2, FailuresPerHour = 2 };
        ledger.Admit(null, limits, Start);
        ledger.Admit(null, limits, Start);

        ledger.Release(null, Start);

        Assert.False(ledger.Admit(null, limits, Start).Admitted);
        Assert.True(ledger.Admit(null, limits, Start.AddMinutes(1)).Admitted);
    }

    [Fact]
    public void The_ledger_is_kept_as_long_as_it_remembers_a_failure()
    {
        var ledger = new SignInLedger();
        ledger.Admit(null, Limits, Start);

        Assert.Equal(TimeSpan.FromMinutes(50), ledger.RememberFor(Start.AddMinutes(10)));
        Assert.Equal(TimeSpan.Zero, ledger.RememberFor(Start.AddHours(1)));
    }

    [Theory]
    [InlineData("$2a$04$74ElPOGLWqUIH11xvj8Bj.J4SMXa0SuDF6bX70Il7xTPBqfFBwsda", 4)]
    [InlineData("$2b$12$74ElPOGLWqUIH11xvj8Bj.J4SMXa0SuDF6bX70Il7xTPBqfFBwsda", 12)]
    [InlineData("5f4dcc3b5aa765d61d8327deb882cf99", 0)]
    [InlineData("$1$abc$defghijk", 0)]
    public void The_bcrypt_cost_is_read_from_the_hash(string hash, int cost) => Assert.Equal(cost, BcryptCost.Of(hash));
}
