using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Quota;

/// <summary>
/// Holds the <see cref="QuotaLedger"/> of one Google project. Before granting leases past the stored horizon it stores a
/// new one (one write per <see cref="QuotaLedgerOptions.HorizonStep"/>); a new activation after its silo died counts the whole
/// budget as spent until the old horizon's leases leave the window, and one after an orderly deactivation takes over the
/// stored window exactly. So no 60 s window exceeds the budget across a failover. Each activation logs which silo holds it
/// (a warning after a loss, with the time Directory calls resume).
/// </summary>
public sealed partial class DirectoryQuotaGrain(
    [PersistentState("quota", StorageNames.Quota)] IPersistentState<DirectoryQuotaGrainState> state,
    IOptions<DirectoryQuotaOptions> options,
    ILocalSiloDetails silo,
    TimeProvider time,
    ILogger<DirectoryQuotaGrain> logger) : Grain, IDirectoryQuotaGrain
{
    private readonly QuotaLedger _ledger = new(Math.Max(1, options.Value.QueriesPerMinute), time);
    private readonly ClassUseReports _classes = new(time);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = state.State;
        _ledger.GrantsExpireBy = stored.GrantsExpireBy;
        if (stored.GrantsExpireBy is not { } horizon)
        {
            LogActivated(this.GetPrimaryKeyString(), silo.SiloAddress.ToString(), "nothing granted before");
            return; // never granted anything
        }

        if (!stored.HandedOver)
        {
            _ledger.AssumeBudgetSpent(horizon);
            LogActivatedAfterLoss(this.GetPrimaryKeyString(), silo.SiloAddress.ToString(), horizon, _ledger.LeavesWindowAt(horizon));
            return;
        }

        LogActivated(this.GetPrimaryKeyString(), silo.SiloAddress.ToString(), "took over the window handed over in order");

        // taken over: from now on the stored window is out of date, and a crash falls back to the horizon
        _ledger.Restore(stored.Spent);
        stored.HandedOver = false;
        stored.Spent = [];
        await state.WriteStateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        state.State.Spent = [.. _ledger.Spent()];
        state.State.HandedOver = true;
        await state.WriteStateAsync(cancellationToken);
    }

    public async Task<QuotaGrant> LeaseAsync(string siloId, int wanted, int queued)
    {
        if (_ledger.HorizonToStore(time.GetUtcNow()) is { } horizon)
        {
            state.State.GrantsExpireBy = horizon;
            state.State.HandedOver = false;
            state.State.Spent = [];
            await state.WriteStateAsync();
            _ledger.GrantsExpireBy = horizon;
        }

        var lease = _ledger.Grant(siloId, wanted, queued);
        return new QuotaGrant(lease.LeaseId, lease.Permits, lease.ExpiresAt, lease.NextRefillAt);
    }

    public Task ReturnAsync(string siloId, IReadOnlyList<QuotaReturn> unused)
    {
        foreach (var item in unused)
        {
            _ledger.Return(siloId, item.LeaseId, item.Count);
        }

        return Task.CompletedTask;
    }

    public Task ReportClassesAsync(string siloId, IReadOnlyList<QuotaClassUse> classes)
    {
        _classes.Report(siloId, classes);
        return Task.CompletedTask;
    }

    public Task<QuotaUsage> GetUsageAsync() =>
        Task.FromResult(new QuotaUsage(_ledger.QueriesPerMinute, _ledger.InWindow, _ledger.ActiveSilos.ToList(), _classes.Summed()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory quota of {Project} active on silo {Silo}: {How}")]
    private partial void LogActivated(string project, string silo, string how);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory quota of {Project} active on silo {Silo} after the loss of its previous silo: "
        + "the lost one granted leases expiring by {Horizon:O}, so the whole budget counts as spent and no Directory call starts until {Resumes:O}")]
    private partial void LogActivatedAfterLoss(string project, string silo, DateTimeOffset horizon, DateTimeOffset resumes);
}
