using System.Net;
using Belajar.Directory;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class AccountFailuresTests
{
    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "invalid", "google-400-invalid", "Dapodik")]
    [InlineData(HttpStatusCode.Forbidden, "forbidden", "google-403-forbidden", "domain-wide delegation")]
    [InlineData(HttpStatusCode.NotFound, "notFound", "google-404-notFound", "Directory:Customer")]
    [InlineData(HttpStatusCode.PreconditionFailed, "conditionNotMet", "google-412-conditionNotMet", "precondition")]
    public void Googles_permanent_answers_end_the_account_with_what_to_check(HttpStatusCode status, string reason, string code, string advice)
    {
        var failure = AccountFailures.Permanent(new DirectoryException(status, reason, $"Directory API {(int)status} {reason}: refused."));

        Assert.NotNull(failure);
        Assert.Equal(code, failure.Code);
        Assert.Contains($"{(int)status} {reason}", failure.Reason, StringComparison.Ordinal);
        Assert.Contains(advice, failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, "rateLimitExceeded")]
    [InlineData(HttpStatusCode.Forbidden, "userRateLimitExceeded")]
    [InlineData(HttpStatusCode.Forbidden, "rateLimitExceeded")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "backendError")]
    [InlineData(HttpStatusCode.InternalServerError, "backendError")]
    [InlineData((HttpStatusCode)0, null)]
    public void Googles_rate_limits_and_server_errors_may_clear(HttpStatusCode status, string? reason) =>
        Assert.Null(AccountFailures.Permanent(new DirectoryException(status, reason, "later")));

    [Fact]
    public void A_rule_refusing_the_data_ends_the_account_with_the_rules_words_and_no_parameter_name()
    {
        var failure = AccountFailures.Permanent(new ArgumentException("nama tidak memuat huruf: tulis nama orang ini dengan benar di Dapodik.", "dapodikName"));

        Assert.Equal("data", failure!.Code);
        Assert.StartsWith("nama tidak memuat huruf", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Silos_storage_and_the_network_failing_are_transient() =>
        Assert.All(new Exception[] { new TimeoutException(), new IOException(), new HttpRequestException(), new Orleans.Runtime.OrleansException("silo gone") },
            e => Assert.Null(AccountFailures.Permanent(e)));

    [Fact]
    public void Giving_up_says_how_often_it_was_tried_the_last_error_and_how_to_try_again()
    {
        var failure = AccountFailures.GaveUp(5, "Google 503 backendError");

        Assert.Equal("gave-up", failure.Code);
        Assert.Contains("5 percobaan", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("Google 503 backendError", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("retry-failed", failure.Reason, StringComparison.Ordinal);
    }
}
