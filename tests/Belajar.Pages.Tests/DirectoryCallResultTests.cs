using System.Net;
using Belajar.Directory;
using Belajar.Grains.Metrics;

namespace Belajar.Pages.Tests;

public sealed class DirectoryCallResultTests
{
    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, null, DirectoryCallResult.Throttled)]
    [InlineData(HttpStatusCode.Forbidden, DirectoryErrorReasons.UserRateLimitExceeded, DirectoryCallResult.Throttled)]
    [InlineData(HttpStatusCode.Forbidden, "forbidden", DirectoryCallResult.Error)]
    [InlineData(HttpStatusCode.NotFound, "notFound", DirectoryCallResult.NotFound)]
    [InlineData(HttpStatusCode.Conflict, "duplicate", DirectoryCallResult.Conflict)]
    [InlineData(HttpStatusCode.BadRequest, "invalid", DirectoryCallResult.Invalid)]
    [InlineData(HttpStatusCode.ServiceUnavailable, null, DirectoryCallResult.Error)]
    public void Directory_errors_are_counted_by_result(HttpStatusCode status, string? reason, string expected) =>
        Assert.Equal(expected, DirectoryCallResult.Of(new DirectoryException(status, reason, "test")));

    [Fact]
    public void Cancelled_calls_are_counted_apart_from_errors() =>
        Assert.Equal(DirectoryCallResult.Cancelled, DirectoryCallResult.Of(new OperationCanceledException()));
}
