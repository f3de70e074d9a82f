namespace Belajar.Abstractions.Quota;

/// <summary>
/// Whether <c>Lifecycle:DeactivationWindow</c> fits the Directory quota, as the last silo start-up check found it: the silos
/// know the setting, the api (a cluster client) reads the answer here for <c>/ops</c>. One activation per cluster
/// (<see cref="Key"/>), kept in memory: every silo start checks again and reports.
/// </summary>
[Alias("belajar.IDeactivationWindowGrain")]
public interface IDeactivationWindowGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    const string Key = "cluster";

    [Alias("Report")]
    Task ReportAsync(DeactivationWindowReport report);

    /// <summary>The last report, or null when no silo has checked since this activation started.</summary>
    [Alias("Get")]
    Task<DeactivationWindowReport?> GetAsync();
}

/// <summary>
/// One start-up check: <see cref="PendingAccounts"/> waiting for their deadline need <see cref="QueriesNeeded"/> queries; the
/// window <see cref="Window"/> at <see cref="QueriesPerMinute"/> allows <see cref="QueriesAllowed"/>; <see cref="WindowNeeded"/>
/// is the shortest window that fits.
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.DeactivationWindowReport")]
public sealed record DeactivationWindowReport(
    [property: Id(0)] bool Fits,
    [property: Id(1)] long PendingAccounts,
    [property: Id(2)] long QueriesNeeded,
    [property: Id(3)] long QueriesAllowed,
    [property: Id(4)] int QueriesPerMinute,
    [property: Id(5)] TimeSpan Window,
    [property: Id(6)] TimeSpan WindowNeeded,
    [property: Id(7)] DateTimeOffset CheckedAt);
