using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Quota;

/// <summary>
/// The silo's side of the cluster quota: while callers wait on the silo's <see cref="PriorityPermitQueue"/>, it leases permits
/// from the quota grain slice by slice and gives back those that expired unused; every <see cref="ReportEvery"/> it reports the
/// silo's use per class (for <c>/ops</c>).
/// </summary>
public sealed partial class QuotaLeaseService(
    PriorityPermitQueue permits,
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IOptions<DirectoryQuotaOptions> options,
    TimeProvider time,
    ILogger<QuotaLeaseService> logger) : BackgroundService
{
    /// <summary>How often the silo reports its use per class to the quota grain.</summary>
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var quota = grains.GetGrain<IDirectoryQuotaGrain>(GrainKeys.Quota(options.Value.Project));
        var siloId = silo.SiloAddress.ToString();
        var reported = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() - reported >= ReportEvery)
                {
                    reported = time.GetUtcNow();
                    await quota.ReportClassesAsync(siloId, ClassUse(permits));
                }

                var expired = permits.RemoveExpired();
                if (expired.Count > 0)
                {
                    await quota.ReturnAsync(siloId, expired.Select(e => new QuotaReturn(e.LeaseId, e.Count)).ToList());
                }

                var waiting = permits.Waiting;
                if (waiting == 0 || permits.Available >= waiting)
                {
                    await Task.Delay(options.Value.IdlePoll, time, stoppingToken);
                    continue;
                }

                var wanted = waiting - permits.Available;
                var grant = await quota.LeaseAsync(siloId, wanted, waiting);
                permits.AddPermits(grant.LeaseId, grant.Permits, grant.ExpiresAt);
                if (grant.Permits < wanted)
                {
                    var wait = grant.NextRefillAt - time.GetUtcNow();
                    await Task.Delay(wait > TimeSpan.Zero ? wait : options.Value.IdlePoll, time, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // anything but the silo stopping, a call cancelled on its way included: a loop that ended here would never
                // lease again, and every Directory call of the silo would wait for ever
                LogLeaseFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        var unused = permits.Complete();
        await base.StopAsync(cancellationToken);
        try
        {
            if (unused.Count > 0)
            {
                await grains.GetGrain<IDirectoryQuotaGrain>(GrainKeys.Quota(options.Value.Project))
                    .ReturnAsync(silo.SiloAddress.ToString(), unused.Select(e => new QuotaReturn(e.LeaseId, e.Count)).ToList());
            }
        }
        catch (Exception ex)
        {
            LogLeaseFailed(ex);
        }
    }

    /// <summary>The silo's use per class, in the order of <see cref="ShareScheduler.Classes"/>.</summary>
    public static IReadOnlyList<QuotaClassUse> ClassUse(PriorityPermitQueue permits) =>
        ShareScheduler.Classes.Select(c => new QuotaClassUse(
            c.ToString(), (int)Math.Round(permits.Shares.Of(c) * 100), permits.UsedLastMinute(c), permits.WaitingAt(c),
            (int)Math.Ceiling(permits.LongestWaitLastMinute(c).TotalMilliseconds))).ToList();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not lease Directory quota; trying again")]
    private partial void LogLeaseFailed(Exception ex);
}
