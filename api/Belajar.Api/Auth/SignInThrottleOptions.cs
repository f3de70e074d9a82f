namespace Belajar.Api.Auth;

/// <summary>
/// Limits on failed sign-ins (<c>Identity:Throttle</c>): per username (every unknown device together, and each known device on
/// its own) and per client address (unknown devices only). Cluster-wide (see <see cref="SignInThrottle"/>).
/// </summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Consecutive failures of one username before it is locked out.</summary>
    public int AccountFailuresBeforeLockout { get; set; } = 5;

    /// <summary>Consecutive failures from one client address before it is locked out (a school may share one address).</summary>
    public int AddressFailuresBeforeLockout { get; set; } = 20;

    /// <summary>The first lockout; each further failure doubles it.</summary>
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest lockout.</summary>
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures of one username allowed within an hour.</summary>
    public int AccountFailuresPerHour { get; set; } = 100;

    /// <summary>Failures from one client address allowed within an hour.</summary>
    public int AddressFailuresPerHour { get; set; } = 300;

    /// <summary>How long a device cookie (<c>belajar_device</c>) keeps a browser or client known after its last sign-in.</summary>
    public TimeSpan DeviceCookieLifetime { get; set; } = TimeSpan.FromDays(180);
}
