using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Quota;

/// <summary>
/// The silo's side of the cluster quota: while callers wait on the silo's <see cref="PriorityPermitQueue"/>, it leases permits
/// from the quota grain slice by slice and gives back those that expired unused.
/// </summary>
public sealed partial class QuotaLeaseService(
    PriorityPermitQueue permits,
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IOptions<DirectoryQuotaOptions> options,
    TimeProvider time,
    ILogger<QuotaLeaseService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var quota = grains.GetGrain<IDirectoryQuotaGrain>(GrainKeys.Quota(options.Value.Project));
        var siloId = silo.SiloAddress.ToString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
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
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not lease Directory quota; trying again")]
    private partial void LogLeaseFailed(Exception ex);
}
