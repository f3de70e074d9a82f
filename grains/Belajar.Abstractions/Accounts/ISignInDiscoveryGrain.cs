namespace Belajar.Abstractions.Accounts;

/// <summary>
/// Finds sign-ins domain-wide from Google's login activities (the Reports API's <c>activities.list</c>, application
/// <c>login</c>) when <c>Lifecycle:SignInDiscovery</c> is <c>Activities</c>: one activation per cluster (<see cref="Key"/>),
/// on a reminder every <c>Lifecycle:SignInDiscoveryPeriod</c>. Each sign-in goes to the account that owns the address
/// (<see cref="IUsernameGrain"/>, then <see cref="IAccountGrain.ApplySignInAsync"/>).
/// </summary>
[Alias("belajar.ISignInDiscoveryGrain")]
public interface ISignInDiscoveryGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    const string Key = "cluster";

    /// <summary>Registers the reminder when the setting asks for the activities (or its period changed); removes it otherwise.</summary>
    [Alias("EnsureScheduled")]
    Task EnsureScheduledAsync();

    /// <summary>One read of the login activities since the stored watermark, every page applied (what the reminder runs).</summary>
    [Alias("DiscoverNow")]
    Task<SignInDiscoveryResult> DiscoverNowAsync();
}

/// <summary>One read of the login activities.</summary>
/// <param name="Pages">Requests made (pages of <c>activities.list</c>, Reports quota).</param>
/// <param name="SignIns">Addresses with a new successful sign-in.</param>
/// <param name="Accounts">Of those, the ones an account of this system owns, told of the sign-in.</param>
/// <param name="Watermark">The newest activity time seen, where the next read starts (less the overlap).</param>
[GenerateSerializer, Immutable, Alias("belajar.SignInDiscoveryResult")]
public sealed record SignInDiscoveryResult(
    [property: Id(0)] int Pages,
    [property: Id(1)] int SignIns,
    [property: Id(2)] int Accounts,
    [property: Id(3)] DateTimeOffset Watermark);
