using Belajar.Abstractions.SignIn;
using Belajar.Api.Auth;
using Belajar.Grains.SignIn;

namespace Belajar.Api.Tests;

/// <summary>The sign-in budgets as the grains keep them (<see cref="SignInLedger"/>), in one process, for tests without a cluster.</summary>
public sealed class InMemorySignInGuard(TimeProvider time) : ISignInGuard
{
    private readonly Dictionary<string, SignInLedger> _ledgers = new(StringComparer.Ordinal);

    public Task<SignInAdmission> AdmitAsync(string key, string? device, SignInLimits limits)
    {
        lock (_ledgers)
        {
            return Task.FromResult(Ledger(key).Admit(device, limits, time.GetUtcNow()));
        }
    }

    public Task SucceededAsync(string key, string? device)
    {
        lock (_ledgers)
        {
            Ledger(key).Succeed(device, time.GetUtcNow());
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string key, string? device)
    {
        lock (_ledgers)
        {
            Ledger(key).Release(device, time.GetUtcNow());
        }

        return Task.CompletedTask;
    }

    private SignInLedger Ledger(string key)
    {
        if (!_ledgers.TryGetValue(key, out var ledger))
        {
            ledger = new SignInLedger();
            _ledgers[key] = ledger;
        }

        return ledger;
    }
}
