using Belajar.Abstractions.Accounts;
using Belajar.Grains.Lifecycle;

namespace Belajar.Lifecycle.Tests;

public sealed class DeadlineUseTests
{
    private static readonly DateTimeOffset ReactivatedAt = new(2021, 9, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_account_never_reactivated_counts_any_sign_in()
    {
        Assert.True(DeadlineUse.Used(Status(ReactivatedAt.AddYears(-1), mustChange: true), reactivatedAt: null));
        Assert.False(DeadlineUse.Used(Status(null, mustChange: false), reactivatedAt: null));
        Assert.False(DeadlineUse.Used(Status(DateTimeOffset.UnixEpoch, mustChange: false), reactivatedAt: null)); // Google's "never"
    }

    [Fact]
    public void A_reactivated_account_does_not_count_a_sign_in_from_before_its_reactivation()
    {
        Assert.False(DeadlineUse.Used(Status(ReactivatedAt.AddDays(-40), mustChange: true), ReactivatedAt));
        Assert.False(DeadlineUse.Used(Status(ReactivatedAt, mustChange: true), ReactivatedAt));
        Assert.False(DeadlineUse.Used(Status(null, mustChange: true), ReactivatedAt));
    }

    [Fact]
    public void A_reactivated_account_counts_a_sign_in_after_its_reactivation()
    {
        Assert.True(DeadlineUse.Used(Status(ReactivatedAt.AddMilliseconds(1), mustChange: true), ReactivatedAt));
    }

    [Fact]
    public void A_reactivated_account_whose_new_password_was_changed_counts_as_used_whatever_the_sign_in_time_says()
    {
        Assert.True(DeadlineUse.Used(Status(ReactivatedAt.AddDays(-40), mustChange: false), ReactivatedAt));
        Assert.True(DeadlineUse.Used(Status(null, mustChange: false), ReactivatedAt));
    }

    private static DirectoryUserStatus Status(DateTimeOffset? lastLogin, bool mustChange) =>
        new("g-1", lastLogin, AgreedToTerms: true, ChangePasswordAtNextLogin: mustChange, Suspended: false);
}
