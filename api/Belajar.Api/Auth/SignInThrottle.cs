using Belajar.Abstractions.SignIn;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// Who may check a password now. A request with a valid device cookie of the user (<see cref="DeviceCookies"/>) is judged on
/// that device's own failures only, so that failures from elsewhere never lock out a person on the browser or client they
/// signed in with before. Every other request counts against its client address and against the account's shared budget
/// (every unknown device together: at most <see cref="SignInThrottleOptions.AccountFailuresPerHour"/> verified failures an
/// hour, however many addresses). Each attempt is counted when it is admitted, before bcrypt (<see cref="ISignInGuard"/>).
/// </summary>
public sealed class SignInThrottle(ISignInGuard guard, IOptions<BelajarIdentityOptions> options)
{
    /// <summary>Admits the attempt (counted as a failure until <see cref="SucceededAsync"/>), or says how long to wait.</summary>
    public async Task<TimeSpan?> AdmitAsync(string username, string clientAddress, string? device)
    {
        var settings = options.Value.Throttle;
        var account = ISignInGuardGrain.AccountKey(username);
        var accountLimits = new SignInLimits(
            settings.AccountFailuresBeforeLockout, settings.AccountFailuresPerHour, settings.FirstLockout, settings.MaxLockout);
        if (device is not null)
        {
            var own = await guard.AdmitAsync(account, device, accountLimits);
            return own.Admitted ? null : own.RetryAfter;
        }

        var address = ISignInGuardGrain.AddressKey(clientAddress);
        var byAddress = await guard.AdmitAsync(address, null, new SignInLimits(
            settings.AddressFailuresBeforeLockout, settings.AddressFailuresPerHour, settings.FirstLockout, settings.MaxLockout));
        if (!byAddress.Admitted)
        {
            return byAddress.RetryAfter;
        }

        var shared = await guard.AdmitAsync(account, null, accountLimits);
        if (!shared.Admitted)
        {
            // not checked, so not a failure of the address
            await guard.ReleaseAsync(address, null);
            return shared.RetryAfter;
        }

        return null;
    }

    /// <summary>The admitted attempt was right: it no longer counts, and the consecutive failures start again.</summary>
    public async Task SucceededAsync(string username, string clientAddress, string? device)
    {
        await guard.SucceededAsync(ISignInGuardGrain.AccountKey(username), device);
        if (device is null)
        {
            await guard.SucceededAsync(ISignInGuardGrain.AddressKey(clientAddress), null);
        }
    }
}
