using Belajar.Grains.Quota;

namespace Belajar.Grains.Tests.Quota;

public class QuotaSharesOptionsValidatorTests
{
    [Fact]
    public void The_default_shares_are_valid()
    {
        Assert.True(new QuotaSharesOptionsValidator().Validate(null, new QuotaSharesOptions()).Succeeded);
    }

    [Fact]
    public void A_share_of_zero_is_refused_naming_the_setting()
    {
        var result = new QuotaSharesOptionsValidator().Validate(null, new QuotaSharesOptions { Sync = 0, Bulk = 40 });

        Assert.Contains("Directory:Shares:Sync must be a percentage from 1 to 100 (the class's guaranteed share of the quota); it is 0.", result.Failures!);
    }

    [Fact]
    public void Shares_that_promise_more_than_the_quota_are_refused_naming_the_settings()
    {
        var result = new QuotaSharesOptionsValidator().Validate(null, new QuotaSharesOptions { Bulk = 80 });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Directory:Shares:Interactive + Directory:Shares:Sync + Directory:Shares:Bulk + Directory:Shares:Deadline must be at most 100", failure, StringComparison.Ordinal);
        Assert.EndsWith("it is 135.", failure, StringComparison.Ordinal);
    }
}
