using Belajar.Abstractions.SignIn;

namespace Belajar.Api.Auth;

/// <summary>The sign-in budgets (<see cref="ISignInGuardGrain"/>): one per username and one per client address, cluster-wide.</summary>
public interface ISignInGuard
{
    /// <summary>Admits (and counts as a failure) an attempt against budget <paramref name="key"/>, bucket <paramref name="device"/>.</summary>
    Task<SignInAdmission> AdmitAsync(string key, string? device, SignInLimits limits);

    /// <summary>Takes back the admitted attempt of <paramref name="device"/> and clears its lockout.</summary>
    Task SucceededAsync(string key, string? device);

    /// <summary>Takes back an admitted attempt that was not checked (a lockout stays).</summary>
    Task ReleaseAsync(string key, string? device);
}

/// <summary>The budgets as grains: one activation per key in the cluster serialises the attempts of every api replica.</summary>
public sealed class ClusterSignInGuard(IGrainFactory grains) : ISignInGuard
{
    /// <inheritdoc />
    public Task<SignInAdmission> AdmitAsync(string key, string? device, SignInLimits limits) =>
        grains.GetGrain<ISignInGuardGrain>(key).AdmitAsync(device, limits);

    /// <inheritdoc />
    public Task SucceededAsync(string key, string? device) => grains.GetGrain<ISignInGuardGrain>(key).SucceededAsync(device);

    /// <inheritdoc />
    public Task ReleaseAsync(string key, string? device) => grains.GetGrain<ISignInGuardGrain>(key).ReleaseAsync(device);
}
