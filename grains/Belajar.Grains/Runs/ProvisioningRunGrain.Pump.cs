using Belajar.Domain;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Runs;

public sealed partial class ProvisioningRunGrain
{
    private async Task PumpAsync(CancellationToken ct)
    {
        if (_pumping)
        {
            return;
        }

        _pumping = true;
        try
        {
            await PumpOnceAsync(ct);
        }
        catch (SnapshotUnreadableException ex)
        {
            await FailAsync(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPumpFailed(ex, RunId);
        }
        finally
        {
            _pumping = false;
        }
    }

    private async Task PumpOnceAsync(CancellationToken ct)
    {
        if (S.State != RunState.Running)
        {
            StopPump();
            return;
        }

        if (S.RetryAskedAt is not null)
        {
            await PumpRetryAsync();
            return;
        }

        var request = S.Request!;
        if (!request.DryRun && !S.ChangesCleared && !await GuardAsync(request, ct))
        {
            return;
        }

        _pass ??= new RunPass(new SnapshotReader(request.SnapshotPath), new SnapshotReport());
        var pass = _pass;
        await ResendOverdueAsync(pass);

        while (S.State == RunState.Running && !pass.ReaderDone && pass.InFlight.Count < options.Value.SchoolsInFlight)
        {
            var roster = await pass.NextAsync(ct);
            if (roster is null)
            {
                break;
            }

            await TakeAsync(pass, roster, request.DryRun);
        }

        CopyPassCounters(pass);
        if (pass.ReaderDone && pass.InFlight.Count == 0 && S.State == RunState.Running)
        {
            await CompleteAsync(pass);
            return;
        }

        await WatchAsync(pass.InFlight.Keys, pass.SchoolsSeen);
        await WriteThrottledAsync();
    }

    private async Task TakeAsync(RunPass pass, SchoolRoster roster, bool dryRun)
    {
        var eligibility = Eligibility.Evaluate(roster);
        var school = DapodikMapping.School(roster.Sekolah);
        pass.SchoolsSeen++;
        pass.Report.Add(eligibility);

        if (S.Done.Contains(school.Npsn))
        {
            return;
        }

        if (dryRun)
        {
            foreach (var candidate in eligibility.Accounts)
            {
                var domain = domains.DomainFor(candidate.Role, candidate.Jenjang);
                pass.DryRun.Add(school.Provinsi, candidate.Role, candidate.Jenjang, () => UsernameRules.Candidates(candidate.Nama, candidate.AccountKey, domain).First());
            }

            S.Done.Add(school.Npsn);
            S.Counts = pass.DryRun.ToList();
            return;
        }

        List<AccountSpec> specs;
        try
        {
            specs = DapodikMapping.Accounts(school, await persons.KeyAsync(eligibility.Accounts)); // one person, one account
        }
        catch (ArgumentException ex)
        {
            // a school the rules cannot place in Google: its accounts end Failed (counted, listed) instead of holding the run
            var reason = $"Sekolah {school.Npsn} tidak dapat disiapkan: {ex.Message} Perbaiki baris sekolah ini di Dapodik (sekolah.csv).";
            S.Done.Add(school.Npsn);
            Count(new SchoolResult(school.Npsn, eligibility.Accounts.Count, 0, eligibility.Accounts.Count, [], [],
                0, new Dictionary<string, int> { ["school"] = eligibility.Accounts.Count },
                eligibility.Accounts.Take(5).Select(a => new AccountFailureView(a.AccountKey, school.Npsn, "school", reason)).ToList()));
            S.FailedBySchool.Remove(school.Npsn); // a retry cannot mend the school's row
            return;
        }

        var provisioning = new SchoolProvisioning(RunId, school, specs);
        pass.InFlight[school.Npsn] = new InFlightSchool(provisioning, time.GetUtcNow());
        await GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).AcceptRosterAsync(provisioning);
    }

    /// <summary>
    /// Sends their roster again to the schools in flight that did not report back within the school timeout, and to every school
    /// in flight once a silo is declared dead (those on it would never report back); a school whose resend fails is tried
    /// again on the next tick.
    /// </summary>
    private async Task ResendOverdueAsync(RunPass pass)
    {
        var lost = _lostSilos.Since(membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Dead).Select(m => m.SiloAddress.ToString()));
        if (lost.Count > 0)
        {
            LogSilosLost(RunId, string.Join(", ", lost), pass.InFlight.Count);
            pass.ResendNow.UnionWith(pass.InFlight.Keys);
        }

        pass.ResendNow.IntersectWith(pass.InFlight.Keys);
        var now = time.GetUtcNow();
        foreach (var (npsn, school) in pass.InFlight.Where(s => pass.ResendNow.Contains(s.Key) || now - s.Value.SentAt > options.Value.SchoolTimeout).ToList())
        {
            if (!pass.ResendNow.Contains(npsn))
            {
                LogSchoolResent(RunId, npsn);
            }

            pass.InFlight[npsn] = school with { SentAt = now };
            await GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).AcceptRosterAsync(school.Request);
            pass.ResendNow.Remove(npsn);
        }
    }

    private void CopyPassCounters(RunPass pass)
    {
        var report = pass.Report;
        S.Eligible = Math.Max(S.Eligible, report.EligibleCount);
        S.SchoolsTotal = Math.Max(S.SchoolsTotal, Math.Max((int)report.RowsRead.GetValueOrDefault("sekolah.csv"), pass.SchoolsSeen));
        S.RowsRejected = Math.Max(S.RowsRejected, report.RejectedCount);
        if (pass.ReaderDone)
        {
            S.Eligible = report.EligibleCount;
            S.SchoolsTotal = pass.SchoolsSeen;
            S.NotEligibleByReason = report.NotEligibleByReason.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
            S.RowsRejected = report.RejectedCount;
            S.RejectedByReason = report.RejectedByReason.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
            S.RejectedRows = report.RejectedExamples.Take(RunGrainState.MaxListed)
                .Select(r => new RejectedRowView(r.File, r.Line, r.Column, r.Reason)).ToList();
        }
    }

    private async Task CompleteAsync(RunPass? pass)
    {
        await RemoveMoversFromGoneAsync();
        S.ActiveSeconds += Elapsed();
        S.RunningSince = null;
        S.State = RunState.Completed;
        S.CompletedAt = time.GetUtcNow();
        S.StalledSince = null;
        S.WaitingOn = [];
        if (S.Request!.DryRun && pass is not null)
        {
            S.Counts = pass.DryRun.ToList();
        }

        await WriteThrottledAsync(force: true);
        StopPump();
        if (pass is not null)
        {
            await pass.DisposeAsync();
        }

        _pass = null;
        await RemoveKeepAliveAsync();
        LogFinished(RunId, S.State, S.Done.Count, S.Created, S.Failed);
    }

    private async Task FailAsync(string reason)
    {
        S.State = RunState.Failed;
        S.FailureReason = reason;
        S.RunningSince = null;
        S.CompletedAt = time.GetUtcNow();
        await WriteThrottledAsync(force: true);
        StopPump();
        await RemoveKeepAliveAsync();
        LogFailed(RunId, reason);
    }

    private async Task RemoveKeepAliveAsync()
    {
        if (await this.GetReminder(KeepAliveReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
