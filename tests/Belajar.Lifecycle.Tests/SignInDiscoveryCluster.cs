using Microsoft.Extensions.Time.Testing;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// The cluster of the tests of sign-in discovery from the login activities (<see cref="OwnClockCluster"/>;
/// <c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>, read every hour). A school that lists syncs first within an hour
/// (<c>Lifecycle:SyncPeriod</c>); the deadline is 30 days ahead. A test may switch the live options to <c>Listing</c> and back.
/// </summary>
public sealed class SignInDiscoveryCluster() : OwnClockCluster(Clock)
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Lifecycle:ActivationDeadline"] = Clock.GetUtcNow().AddDays(30).ToString("O"),
        ["Lifecycle:MinimumGracePeriod"] = "00:00:00",
        ["Lifecycle:SyncPeriod"] = Period.ToString("c"),
        ["Lifecycle:SignInDiscovery"] = "Activities",
        ["Lifecycle:SignInDiscoveryPeriod"] = Period.ToString("c"),
    };
}
