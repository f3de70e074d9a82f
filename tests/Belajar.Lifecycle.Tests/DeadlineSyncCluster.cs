using Microsoft.Extensions.Time.Testing;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// The cluster of the tests of the school's sync just after the deadline (<see cref="OwnClockCluster"/>). Each school syncs
/// every hour (<c>Lifecycle:SyncPeriod</c> = <c>SyncMaxPeriod</c>), the accounts' checks spread over 30 minutes from the
/// deadline and no grace period holds an account past it; a test sets the deadline on the live options before it provisions.
/// </summary>
public sealed class DeadlineSyncCluster() : OwnClockCluster(Clock)
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    public static readonly TimeSpan SyncPeriod = TimeSpan.FromHours(1);

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>The grain's <c>sync</c> reminder row, or null.</summary>
    public Task<ReminderEntry?> ReadSyncReminderAsync(IAddressable grain) => ReadReminderAsync(grain, "sync");

    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Lifecycle:ActivationDeadline"] = Clock.GetUtcNow().AddDays(30).ToString("O"),
        ["Lifecycle:MinimumGracePeriod"] = "00:00:00",
        ["Lifecycle:DeactivationWindow"] = Window.ToString("c"),
        ["Lifecycle:SyncPeriod"] = SyncPeriod.ToString("c"),
        ["Lifecycle:SyncMaxPeriod"] = SyncPeriod.ToString("c"),
    };
}
