using Belajar.Domain;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Accounts;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Schools;

/// <remarks>
/// Every account of a roster ends: <c>Created</c>, <c>Failed</c> with a reason, or left as it is when it exists already. An
/// account grain ends an account itself when a failure is permanent; a transient failure (Google erroring for a while, a silo
/// gone) leaves it pending, and the school tries it again later (<see cref="AttemptSchedule"/>) until its attempts are spent,
/// then gives up on it (<see cref="IAccountGrain.GiveUpAsync"/>). The school reports to its run once no account is pending.
/// </remarks>
public sealed partial class SchoolGrain
{
    private bool _working;

    private void StartWorker()
    {
        _worker ??= this.RegisterGrainTimer(
            WorkAsync,
            new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromSeconds(5)) { KeepAlive = true, Interleave = true });
    }

    /// <summary>Provisions what is pending and due, then tells the run; retried by the timer until both are done.</summary>
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

    private async Task ProvisionPendingAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = S.Pending.Where(p => AttemptSchedule.IsDue(S.Attempts.GetValueOrDefault(p.AccountKey), now)).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var orgUnitErrors = await EnsureOrgUnitsAsync(due, ct);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, Exception>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.AccountsPerSchool, CancellationToken = ct, TaskScheduler = TaskScheduler.Current },
            async (spec, _) =>
            {
                if (orgUnitErrors.TryGetValue(spec.OrgUnitPath, out var orgUnitError))
                {
                    errors[spec.AccountKey] = orgUnitError;
                    return;
                }

                try
                {
                    var account = GrainFactory.GetGrain<IAccountGrain>(spec.AccountKey);
                    var record = S.Accounts.ContainsKey(spec.AccountKey)
                        ? await account.ProvisionAsync(spec)
                        : await account.ProvisionNewAsync(spec); // no read of a row that almost surely does not exist

                    Apply(record);
                    done.Add(spec.AccountKey);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    errors[spec.AccountKey] = ex;
                }
            });

        foreach (var spec in due.Where(s => errors.ContainsKey(s.AccountKey)))
        {
            if (await AfterFailedAttemptAsync(spec, errors[spec.AccountKey], now, orgUnitErrors.ContainsKey(spec.OrgUnitPath)))
            {
                done.Add(spec.AccountKey);
            }
        }

        S.Pending = S.Pending.Where(p => !done.Contains(p.AccountKey)).ToList();
        foreach (var key in done)
        {
            S.Attempts.Remove(key);
        }

        if (S.Pending.Count == 0)
        {
            S.UnreportedResult = Result();
        }

        await SaveAsync();
        await ReportToRegionAsync();
        await EnsureSyncReminderAsync();
    }

    /// <summary>The org units of the due accounts, made in Google first; answers the ones that could not be made, with the error.</summary>
    private async Task<Dictionary<string, Exception>> EnsureOrgUnitsAsync(List<AccountSpec> due, CancellationToken ct)
    {
        var failed = new Dictionary<string, Exception>(StringComparer.Ordinal);
        foreach (var orgUnit in due.Select(p => p.OrgUnitPath).Distinct(StringComparer.Ordinal))
        {
            try
            {
                await directory.CallAsync(DirectoryPriority.Bulk, async (g, token) =>
                {
                    await g.EnsureOrgUnitAsync(orgUnit, token);
                    return true;
                }, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                failed[orgUnit] = ex;
            }
        }

        return failed;
    }

    /// <summary>Counts a failed attempt of a pending account; answers true when the account has ended (given up or failed for good).</summary>
    private async Task<bool> AfterFailedAttemptAsync(AccountSpec spec, Exception error, DateTimeOffset now, bool orgUnit)
    {
        var attempts = _attempts.AfterFailure(S.Attempts.GetValueOrDefault(spec.AccountKey), AccountFailures.Describe(error), now);
        var permanent = AccountFailures.Permanent(error);
        if (permanent is null && !_attempts.IsSpent(attempts))
        {
            S.Attempts[spec.AccountKey] = attempts;
            LogAccountRetry(spec.AccountKey, attempts.Count, attempts.LastError, attempts.NextAt);
            return false;
        }

        var failure = permanent ?? AccountFailures.GaveUp(attempts.Count, attempts.LastError);
        if (orgUnit)
        {
            failure = failure with { Reason = $"Unit organisasi {spec.OrgUnitPath} tidak dapat dibuat di Google: {failure.Reason}" };
        }

        await GiveUpAsync(spec, failure);
        return true;
    }

    /// <summary>
    /// Ends an account the school cannot get created: the account grain records the failure; if it cannot be reached either, the
    /// school's records take a stand-in (<see cref="Unreached"/>) unless they hold an account that exists already (it works, only
    /// this run's change did not happen).
    /// </summary>
    private async Task GiveUpAsync(AccountSpec spec, AccountFailure failure)
    {
        LogGaveUp(spec.AccountKey, failure.Code);
        try
        {
            if (await GrainFactory.GetGrain<IAccountGrain>(spec.AccountKey).GiveUpAsync(failure.Code, failure.Reason) is { } record)
            {
                Apply(record);
                return;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogGiveUpUnreached(ex, spec.AccountKey);
        }

        if (S.Accounts.TryGetValue(spec.AccountKey, out var existing) && existing.View.Status is not (AccountStatus.Pending or AccountStatus.Failed))
        {
            return;
        }

        Apply(Unreached(spec, failure));
    }

    public async Task<int> RetryFailedAsync(string runId)
    {
        if (S.RunId == runId && S.PassKeys is not null && (S.Pending.Count > 0 || S.UnreportedResult is not null))
        {
            StartWorker(); // the run asks again: the retry is already here
            return S.PassKeys.Count;
        }

        var failed = S.Info is null ? [] : S.Accounts.Values.Where(a => a.View.Status == AccountStatus.Failed).Select(a => a.View).ToList();
        var orgUnit = S.Info is { } info ? OrgUnitPaths.For(info.Provinsi, info.KabupatenKota, info.Npsn) : string.Empty;
        S.RunId = runId;
        S.PassKeys = failed.Select(v => v.AccountKey).ToList();
        S.Pending = failed.Select(v => SpecOf(v, S.Info!.Npsn, orgUnit)).ToList();
        S.Attempts.Clear();
        S.UnreportedResult = S.Pending.Count == 0 ? Result() : null;
        await SaveAsync();
        StartWorker();
        return failed.Count;
    }

    public Task<SchoolPendingView> GetPendingAsync(int max) => Task.FromResult(new SchoolPendingView(
        S.RunId,
        S.Pending.Count,
        S.Pending.Take(max).Select(p => S.Attempts.GetValueOrDefault(p.AccountKey) is { } a
            ? new PendingAccountView(p.AccountKey, a.Count, a.NextAt, a.LastError)
            : new PendingAccountView(p.AccountKey, 0, null, null)).ToList(),
        S.UnreportedResult is not null));

    /// <summary>The spec of an account of this school from its record: the key is <c>{role prefix}-{Dapodik id}</c>.</summary>
    private static AccountSpec SpecOf(AccountView view, string npsn, string orgUnit) => new(
        view.AccountKey, view.Role, view.Jenjang, npsn, view.AccountKey[(view.AccountKey.IndexOf('-', StringComparison.Ordinal) + 1)..],
        view.Nama, view.NisnNuptk, view.Tingkat, view.Rombel, orgUnit);

    private SchoolResult Result()
    {
        var views = (S.PassKeys is { } keys
            ? keys.Where(S.Accounts.ContainsKey).Select(k => S.Accounts[k].View)
            : S.Accounts.Values.Select(a => a.View)).ToList();
        var failed = views.Where(v => v.Status == AccountStatus.Failed).ToList();
        return new SchoolResult(
            S.Info!.Npsn,
            views.Count,
            views.Count(v => v.Status is AccountStatus.Created or AccountStatus.Distributed or AccountStatus.Activated),
            failed.Count,
            S.PassKeys is null ? S.Gone : [],
            failed.Select(v => $"{v.AccountKey}: {v.FailureReason}").Take(20).ToList(),
            views.Count(v => v.Status == AccountStatus.Deactivated),
            failed.GroupBy(v => v.FailureCode ?? "unknown", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            failed.GroupBy(v => v.FailureCode ?? "unknown", StringComparer.Ordinal)
                .SelectMany(g => g.Take(MaxFailureExamples).Select(v => new AccountFailureView(v.AccountKey, v.Npsn, g.Key, v.FailureReason ?? string.Empty)))
                .ToList());
    }

    /// <summary>Failed accounts of each failure code a school sends its run as examples.</summary>
    private const int MaxFailureExamples = 5;

    [LoggerMessage(Level = LogLevel.Warning, Message = "School {Npsn}: work failed, will retry")]
    private partial void LogWorkFailed(Exception ex, string? npsn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} not provisioned yet (attempt {Attempt}: {LastError}), next attempt at {NextAt}")]
    private partial void LogAccountRetry(string accountKey, int attempt, string lastError, DateTimeOffset nextAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey}: the school gives up on it ({FailureCode})")]
    private partial void LogGaveUp(string accountKey, string failureCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey} could not be told that its school gave up on it: the school records the failure")]
    private partial void LogGiveUpUnreached(Exception ex, string accountKey);
}
