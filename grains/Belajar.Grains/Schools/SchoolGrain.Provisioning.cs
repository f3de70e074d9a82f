using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Schools;

public sealed partial class SchoolGrain
{
    private void StartWorker()
    {
        _worker ??= this.RegisterGrainTimer(
            WorkAsync,
            new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromSeconds(5)) { KeepAlive = true, Interleave = true });
    }

    /// <summary>Provisions what is pending, then tells the run; retried by the timer until both are done.</summary>
    private async Task WorkAsync(CancellationToken ct)
    {
        if (_working)
        {
            return;
        }

        _working = true;
        try
        {
            if (S.Pending.Count > 0)
            {
                await ProvisionPendingAsync(ct);
            }

            if (S.Pending.Count == 0 && S.UnreportedResult is { } result && S.RunId is { } runId)
            {
                await GrainFactory.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId)).SchoolCompletedAsync(result);
                S.UnreportedResult = null;
                await SaveAsync();
            }

            if (S.Pending.Count == 0 && S.UnreportedResult is null)
            {
                _worker?.Dispose();
                _worker = null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWorkFailed(ex, S.Info?.Npsn);
        }
        finally
        {
            _working = false;
        }
    }

    private bool _working;

    private async Task ProvisionPendingAsync(CancellationToken ct)
    {
        var pending = S.Pending.ToList();
        foreach (var orgUnit in pending.Select(p => p.OrgUnitPath).Distinct(StringComparer.Ordinal))
        {
            await directory.CallAsync(DirectoryPriority.Bulk, async (g, token) =>
            {
                await g.EnsureOrgUnitAsync(orgUnit, token);
                return true;
            }, ct);
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.AccountsPerSchool, CancellationToken = ct, TaskScheduler = TaskScheduler.Current },
            async (spec, _) =>
            {
                try
                {
                    var account = GrainFactory.GetGrain<IAccountGrain>(spec.AccountKey);
                    var record = S.Accounts.ContainsKey(spec.AccountKey)
                        ? await account.ProvisionAsync(spec)
                        : await account.ProvisionNewAsync(spec); // no read of a row that almost surely does not exist

                    S.Accounts[spec.AccountKey] = record;
                    done.Add(spec.AccountKey);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Transient (Google erroring, a silo gone): the account stays pending and the next tick tries it again.
                    LogAccountRetry(ex, spec.AccountKey);
                }
            });

        S.Pending = S.Pending.Where(p => !done.Contains(p.AccountKey)).ToList();
        if (S.Pending.Count == 0)
        {
            S.UnreportedResult = Result();
        }

        await SaveAsync();
        await ReportToRegionAsync();
        await EnsureSyncReminderAsync();
        await EnsureDeadlineReminderAsync(force: false);
    }

    private SchoolResult Result()
    {
        var views = S.Accounts.Values.Select(a => a.View).ToList();
        return new SchoolResult(
            S.Info!.Npsn,
            views.Count,
            views.Count(v => v.Status is not (AccountStatus.Pending or AccountStatus.Failed)),
            views.Count(v => v.Status == AccountStatus.Failed),
            S.Gone,
            views.Where(v => v.FailureReason is not null).Select(v => $"{v.AccountKey}: {v.FailureReason}").Take(20).ToList());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "School {Npsn}: work failed, will retry")]
    private partial void LogWorkFailed(Exception ex, string? npsn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} not provisioned yet, will retry: {Reason}")]
    private partial void LogAccountRetryCore(string accountKey, string reason);

    private void LogAccountRetry(Exception ex, string accountKey) => LogAccountRetryCore(accountKey, ex.GetType().Name);
}
