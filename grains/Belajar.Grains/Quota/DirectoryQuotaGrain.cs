using Belajar.Abstractions.Quota;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Quota;

/// <summary>
/// Holds the <see cref="QuotaLedger"/> of one Google project. It keeps no stored state: a budget is per minute, and a new
/// activation (after its silo died) starts from an empty window, which can let through at most one extra minute's worth once.
/// </summary>
public sealed class DirectoryQuotaGrain(IOptions<DirectoryQuotaOptions> options, TimeProvider time) : Grain, IDirectoryQuotaGrain
{
    private readonly QuotaLedger _ledger = new(Math.Max(1, options.Value.QueriesPerMinute), time);

    public Task<QuotaGrant> LeaseAsync(string siloId, int wanted, int queued)
    {
        var lease = _ledger.Grant(siloId, wanted, queued);
        return Task.FromResult(new QuotaGrant(lease.LeaseId, lease.Permits, lease.ExpiresAt, lease.NextRefillAt));
    }

    public Task ReturnAsync(string siloId, IReadOnlyList<QuotaReturn> unused)
    {
        foreach (var item in unused)
        {
            _ledger.Return(siloId, item.LeaseId, item.Count);
        }

        return Task.CompletedTask;
    }

    public Task<QuotaUsage> GetUsageAsync() =>
        Task.FromResult(new QuotaUsage(_ledger.QueriesPerMinute, _ledger.InWindow, _ledger.ActiveSilos.ToList()));
}
