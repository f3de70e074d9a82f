using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Runs;

/// <summary>
/// Failed accounts: counted by failure code with the first of each in the report, retried on request
/// (<see cref="RetryFailedAsync"/>: the schools with failures take them up again, no snapshot is read), and the watchdog that names
/// what a run waits on when it has not moved for <see cref="ProvisioningOptions.StallTimeout"/>.
/// </summary>
public sealed partial class ProvisioningRunGrain
{
    private readonly HashSet<string> _retryAsked = new(StringComparer.Ordinal);
    private (int Done, long Created, long Failed, long Skipped, int Seen) _progress;
    private DateTimeOffset _progressAt;
    private DateTimeOffset _stallReportedAt;

    public async Task<RunStatus?> RetryFailedAsync()
    {
        if (S.Request is null)
        {
            return null;
        }

        if (S.Request.DryRun)
        {
            throw new RunNotRetryableException($"Proses {RunId} adalah uji coba (dry run): tidak ada akun yang dibuat. Mulai proses tanpa dryRun.");
        }

        if (S.State != RunState.Completed)
        {
            throw new RunNotRetryableException(S.State switch
            {
                RunState.Failed => $"Proses {RunId} gagal ({S.FailureReason}): mulai proses baru dengan snapshot yang dapat dibaca.",
                RunState.AwaitingApproval => $"Proses {RunId} menunggu persetujuan perubahan massal: setujui atau batalkan dulu.",
                RunState.Cancelled => $"Proses {RunId} dibatalkan: mulai proses baru.",
                _ => $"Proses {RunId} masih {(S.State == RunState.Paused ? "dijeda" : "berjalan")}: ulangi akun yang gagal setelah proses selesai.",
            });
        }

        if (S.FailedBySchool.Count == 0)
        {
            return Status();
        }

        foreach (var (npsn, failed) in S.FailedBySchool)
        {
            S.Done.Remove(npsn);
            S.Retrying.Add(npsn);
            S.Failed -= failed;
        }

        S.FailedBySchool.Clear();
        S.FailedByCode.Clear();
        S.FailureExamples.Clear();
        S.FailureReasons.Clear();
        S.State = RunState.Running;
        S.CompletedAt = null;
        S.RunningSince = time.GetUtcNow();
        S.RetryAskedAt = S.RunningSince;
        _retryAsked.Clear();
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(KeepAliveReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        LogRetrying(RunId, S.Retrying.Count);
        StartPump();
        return Status();
    }

    /// <summary>Adds a school's result to the run's counts; the school's failures are kept for the report and for a retry.</summary>
    private void Count(SchoolResult result)
    {
        S.Created += result.Created;
        S.Failed += result.Failed;
        S.Skipped += result.Skipped;
        if (result.Failed > 0)
        {
            S.FailedBySchool[result.Npsn] = result.Failed;
        }

        foreach (var (code, count) in result.FailedByCode ?? new Dictionary<string, int>())
        {
            S.FailedByCode[code] = S.FailedByCode.GetValueOrDefault(code) + count;
        }

        foreach (var example in result.FailureExamples ?? [])
        {
            if (!S.FailureExamples.TryGetValue(example.Code, out var examples))
            {
                S.FailureExamples[example.Code] = examples = [];
            }

            if (examples.Count < RunGrainState.MaxExamplesPerCode)
            {
                examples.Add(example);
            }
        }
    }

    private IReadOnlyList<FailureGroup> FailureGroups() => S.FailedByCode
        .OrderByDescending(f => f.Value)
        .ThenBy(f => f.Key, StringComparer.Ordinal)
        .Select(f => new FailureGroup(f.Key, f.Value, S.FailureExamples.GetValueOrDefault(f.Key) ?? []))
        .ToList();

    /// <summary>A retry: asks the schools with failures (again, when they have not answered within the school timeout); completes when all have reported.</summary>
    private async Task PumpRetryAsync()
    {
        var now = time.GetUtcNow();
        if (now - S.RetryAskedAt > options.Value.SchoolTimeout)
        {
            _retryAsked.Clear();
            S.RetryAskedAt = now;
        }

        foreach (var npsn in S.Retrying.Where(n => !_retryAsked.Contains(n)).Take(options.Value.SchoolsInFlight).ToList())
        {
            await GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).RetryFailedAsync(RunId);
            _retryAsked.Add(npsn);
        }

        if (S.Retrying.Count == 0)
        {
            S.RetryAskedAt = null;
            await CompleteAsync(pass: null);
            return;
        }

        await WatchAsync(S.Retrying, seen: 0);
        await WriteThrottledAsync();
    }

    /// <summary>
    /// The watchdog: when the run's progress has not moved for <see cref="ProvisioningOptions.StallTimeout"/> while the quota has
    /// permits left, the status and the log name the schools it waits on and their pending accounts (attempts, last error).
    /// </summary>
    private async Task WatchAsync(IEnumerable<string> waitingOn, int seen)
    {
        var now = time.GetUtcNow();
        var progress = (S.Done.Count, S.Created, S.Failed, S.Skipped, seen);
        if (progress != _progress || _progressAt == default)
        {
            _progress = progress;
            _progressAt = now;
            if (S.StalledSince is not null)
            {
                S.StalledSince = null;
                S.WaitingOn = [];
                await WriteThrottledAsync(force: true);
            }

            return;
        }

        var stallTimeout = options.Value.StallTimeout;
        if (now - _progressAt < stallTimeout || (S.StalledSince is not null && now - _stallReportedAt < stallTimeout))
        {
            return;
        }

        if (!await QuotaHasPermitsAsync())
        {
            _progressAt = now; // waiting for quota is not a stall
            return;
        }

        S.StalledSince = _progressAt;
        S.WaitingOn = await DescribeAsync(waitingOn.Order(StringComparer.Ordinal).Take(10).ToList());
        _stallReportedAt = now;
        LogStalled(RunId, _progressAt, string.Join("; ", S.WaitingOn));
        await WriteThrottledAsync(force: true);
    }

    private async Task<bool> QuotaHasPermitsAsync()
    {
        if (quota.Value.QueriesPerMinute <= 0)
        {
            return true;
        }

        try
        {
            var usage = await GrainFactory.GetGrain<IDirectoryQuotaGrain>(GrainKeys.Quota(quota.Value.Project)).GetUsageAsync();
            return usage.InWindow < usage.QueriesPerMinute;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return true;
        }
    }

    private async Task<List<string>> DescribeAsync(List<string> schools)
    {
        var lines = new List<string>(schools.Count);
        foreach (var npsn in schools)
        {
            try
            {
                var pending = await GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).GetPendingAsync(3);
                var accounts = string.Join(", ", pending.First.Select(a => a.Attempts == 0
                    ? $"{a.AccountKey} (belum dicoba)"
                    : $"{a.AccountKey} (percobaan {a.Attempts}, galat terakhir {a.LastError}, berikutnya {a.NextAttemptAt:u})"));
                lines.Add(pending.Pending > 0
                    ? $"NPSN {npsn}: {pending.Pending} akun menunggu: {accounts}"
                    : $"NPSN {npsn}: tidak ada akun yang menunggu, hasilnya {(pending.ResultUnreported ? "belum terkirim" : "belum diterima")} (proses {pending.RunId})");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                lines.Add($"NPSN {npsn}: tidak menjawab ({ex.GetType().Name})");
            }
        }

        return lines;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: retrying the failed accounts of {Schools} schools")]
    private partial void LogRetrying(string runId, int schools);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} has not moved since {Since}; it waits on: {WaitingOn}")]
    private partial void LogStalled(string runId, DateTimeOffset since, string waitingOn);
}
