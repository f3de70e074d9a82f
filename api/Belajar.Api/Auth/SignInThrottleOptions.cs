namespace Belajar.Api.Auth;

/// <summary>Limits on failed sign-ins (<c>Identity:Throttle</c>), applied per username and per client address.</summary>
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
}
