using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Belajar.Abstractions.Runs;

namespace Belajar.Api.Dashboards;

/// <summary>
/// Samples the Directory quota, throttled answers and the newest run every <see cref="Interval"/> for the dashboards' charts and
/// the run and quota gauges of <c>/metrics</c>; keeps the last <see cref="HistoryLength"/> samples.
/// </summary>
public sealed partial class DashboardSampler(
    IGrainFactory grains, DirectoryCallTally calls, IConfiguration configuration, TimeProvider time, ILogger<DashboardSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    public const int HistoryLength = 180;

    private readonly Lock _gate = new();
    private readonly Queue<QuotaSample> _history = new();

    /// <summary>The quota as last sampled (null before the first sample).</summary>
    public QuotaUsage? Quota { get; private set; }

    /// <summary>The newest run as last sampled (null when there is none).</summary>
    public RunStatus? LatestRun { get; private set; }

    /// <summary>The quota grain of this deployment's Google project (<c>Directory:Project</c>).</summary>
    public IDirectoryQuotaGrain QuotaGrain => grains.GetGrain<IDirectoryQuotaGrain>(GrainKeys.Quota(configuration["Directory:Project"] is { Length: > 0 } p ? p : "default"));

    /// <summary>The samples, oldest first.</summary>
    public IReadOnlyList<QuotaSample> History()
    {
        lock (_gate)
        {
            return [.. _history];
        }
    }

    /// <summary>Takes one sample now.</summary>
    public async Task SampleAsync()
    {
        var usage = await QuotaGrain.GetUsageAsync();
        var ids = await grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.Key).ListAsync();
        LatestRun = ids.Count > 0 ? await grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(ids[0])).GetStatusAsync() : null;
        Quota = usage;
        lock (_gate)
        {
            _history.Enqueue(new QuotaSample(time.GetUtcNow(), usage.InWindow, calls.Throttled, calls.Total));
            while (_history.Count > HistoryLength)
            {
                _history.Dequeue();
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await SampleAsync();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // the cluster may not be up yet (client profile) or a silo may be gone: the next tick tries again
                LogSampleFailed(ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dashboard sample failed: {Reason}")]
    private partial void LogSampleFailed(string reason);
}
