using System.Security.Cryptography;
using System.Text;

namespace Belajar.Abstractions.SignIn;

/// <summary>The limits a guard applies to one bucket (the api's <c>Identity:Throttle</c>).</summary>
[GenerateSerializer, Immutable, Alias("belajar.SignInLimits")]
public sealed record SignInLimits(
    [property: Id(0)] int FailuresBeforeLockout,
    [property: Id(1)] int FailuresPerHour,
    [property: Id(2)] TimeSpan FirstLockout,
    [property: Id(3)] TimeSpan MaxLockout);

/// <summary>Whether an attempt may check its password now; when not, how long to wait.</summary>
[GenerateSerializer, Immutable, Alias("belajar.SignInAdmission")]
public sealed record SignInAdmission(
    [property: Id(0)] bool Admitted,
    [property: Id(1)] TimeSpan RetryAfter);

/// <summary>
/// The cluster-wide sign-in budget of one username (<see cref="AccountKey"/>) or one client address (<see cref="AddressKey"/>).
/// Each budget has buckets: the shared one (<c>null</c>: unknown devices) and one per known device. An admitted attempt is
/// counted as a failure at once, before its password is checked, so parallel attempts cannot slip past the limit; a success
/// takes it back.
/// </summary>
[Alias("belajar.ISignInGuardGrain")]
public interface ISignInGuardGrain : IGrainWithStringKey
{
    /// <summary>The guard of a username: keyed by a hash, so that no username (right or mistyped) appears in a grain id.</summary>
    public static string AccountKey(string username) =>
        "signin-u-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(username.Trim().ToLowerInvariant())));

    /// <summary>The guard of a client address.</summary>
    public static string AddressKey(string address) => "signin-a-" + address;

    /// <summary>Admits an attempt of bucket <paramref name="device"/> (null: the shared bucket) and counts it as a failure.</summary>
    [Alias("Admit")]
    Task<SignInAdmission> AdmitAsync(string? device, SignInLimits limits);

    /// <summary>The admitted attempt of <paramref name="device"/> signed in: its failure is taken back and the lockout cleared.</summary>
    [Alias("Succeeded")]
    Task SucceededAsync(string? device);

    /// <summary>The admitted attempt of <paramref name="device"/> was not checked after all: it no longer counts (a lockout stays).</summary>
    [Alias("Release")]
    Task ReleaseAsync(string? device);
}
