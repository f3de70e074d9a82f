using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Runs;

/// <summary>
/// The guard against mass changes. Before a real run sends any roster, it reads the snapshot once and asks each school how many
/// of its accounts the new roster takes off it (<see cref="ISchoolGrain.CountLeavingAsync"/>), counted per province
/// (<see cref="MassChangeCount"/>). When a province exceeds <c>Runs:MassChange:MaxShare</c> or <c>Runs:MassChange:MaxAccounts</c>
/// (a snapshot with a province's learners missing), the run waits in <see cref="RunState.AwaitingApproval"/> with nothing
/// changed, until a Pusdatin user other than the one who started it approves it, or someone cancels it.
/// </summary>
public sealed partial class ProvisioningRunGrain
{
    public async Task<RunStatus?> ApproveAsync(string approver)
    {
        if (S.Request is null)
        {
            return null;
        }

        if (S.State != RunState.AwaitingApproval)
        {
            throw new RunApprovalRefusedException($"Proses {RunId} tidak menunggu persetujuan (status {S.State}): hanya proses berstatus AwaitingApproval yang dapat disetujui.");
        }

        if (S.Request.StartedBy is { } starter && string.Equals(starter, approver, StringComparison.OrdinalIgnoreCase))
        {
            throw new RunApproverIsStarterException($"Proses {RunId} dimulai oleh {starter}: perubahan massal harus disetujui oleh pengguna Pusdatin lain.");
        }

        S.ChangesCleared = true;
        S.ApprovedBy = approver;
        S.State = RunState.Running;
        S.RunningSince = time.GetUtcNow();
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(KeepAliveReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        LogApproved(RunId, approver);
        StartPump();
        return Status();
    }

    public async Task<RunStatus?> CancelAsync(string actor)
    {
        if (S.Request is null)
        {
            return null;
        }

        if (S.State != RunState.AwaitingApproval)
        {
            throw new RunApprovalRefusedException($"Proses {RunId} tidak menunggu persetujuan (status {S.State}): hanya proses berstatus AwaitingApproval yang dapat dibatalkan.");
        }

        S.State = RunState.Cancelled;
        S.CompletedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        StopPump();
        await RemoveKeepAliveAsync();
        LogCancelled(RunId, actor);
        return Status();
    }

    /// <summary>Counts the run's changes per province; answers whether the run may go on now.</summary>
    private async Task<bool> GuardAsync(RunRequest request, CancellationToken ct)
    {
        var count = new MassChangeCount();
        await using (var pass = new RunPass(new SnapshotReader(request.SnapshotPath), new SnapshotReport()))
        {
            var batch = new List<Task>();
            while (S.State == RunState.Running)
            {
                var roster = await pass.NextAsync(ct);
                if (roster is null)
                {
                    break;
                }

                batch.Add(CountSchoolAsync(roster, count));
                if (batch.Count >= options.Value.SchoolsInFlight)
                {
                    await Task.WhenAll(batch);
                    batch.Clear();
                }
            }

            await Task.WhenAll(batch);
            if (!pass.ReaderDone)
            {
                return false; // paused while counting: counted again on resume
            }
        }

        S.MassChanges = count.ToList(massChange.Value);
        if (S.MassChanges.Any(c => c.OverLimit))
        {
            S.ActiveSeconds += Elapsed();
            S.RunningSince = null;
            S.State = RunState.AwaitingApproval;
            await state.WriteStateAsync();
            StopPump();
            await RemoveKeepAliveAsync();
            LogAwaitingApproval(RunId, string.Join("; ", S.MassChanges.Where(c => c.OverLimit).Select(c => $"{c.Provinsi}: {c.Leaving} of {c.Accounts}")));
            return false;
        }

        S.ChangesCleared = true;
        await WriteThrottledAsync(force: true);
        return true;
    }

    private async Task CountSchoolAsync(SchoolRoster roster, MassChangeCount count)
    {
        string npsn, provinsi;
        try
        {
            var school = DapodikMapping.School(roster.Sekolah);
            (npsn, provinsi) = (school.Npsn, school.Provinsi);
        }
        catch (ArgumentException)
        {
            return; // a school the rules cannot place fails in the run itself and changes nothing
        }

        var keys = (await persons.KeyAsync(Eligibility.Evaluate(roster).Accounts)).Select(a => a.AccountKey).ToList();
        var answer = await GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).CountLeavingAsync(keys);
        count.Add(provinsi, answer.Accounts, answer.Leaving);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} awaits approval: it would take more accounts off their school than Runs:MassChange allows ({OverLimit})")]
    private partial void LogAwaitingApproval(string runId, string overLimit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: mass changes approved by {Approver}")]
    private partial void LogApproved(string runId, string approver);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} cancelled by {Actor} while awaiting approval")]
    private partial void LogCancelled(string runId, string actor);
}
