using Belajar.Abstractions.SignIn;

namespace Belajar.Grains.SignIn;

/// <summary>
/// The cluster-wide sign-in budget of one username or client address (<see cref="SignInLedger"/> behind a grain: one activation
/// in the cluster serialises the attempts, so the count is atomic however many api replicas ask). Held in memory: the
/// activation is kept while the ledger remembers a failure or a lockout; a silo that dies forgets the budgets it held.
/// </summary>
public sealed class SignInGuardGrain(TimeProvider time) : Grain, ISignInGuardGrain
{
    private readonly SignInLedger _ledger = new();

    public Task<SignInAdmission> AdmitAsync(string? device, SignInLimits limits)
    {
        var now = time.GetUtcNow();
        var admission = _ledger.Admit(device, limits, now);
        KeepWhileRemembering(now);
        return Task.FromResult(admission);
    }

    public Task SucceededAsync(string? device)
    {
        var now = time.GetUtcNow();
        _ledger.Succeed(device, now);
        KeepWhileRemembering(now);
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string? device)
    {
        _ledger.Release(device, time.GetUtcNow());
        return Task.CompletedTask;
    }

    private void KeepWhileRemembering(DateTimeOffset now)
    {
        var keep = _ledger.RememberFor(now);
        if (keep > TimeSpan.Zero)
        {
            this.DelayDeactivation(keep);
        }
    }
}
