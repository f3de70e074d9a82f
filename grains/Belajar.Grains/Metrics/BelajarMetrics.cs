using System.Diagnostics.Metrics;

namespace Belajar.Grains.Metrics;

/// <summary>
/// The project's own meter, <c>Belajar</c>, as the silo counts things (the api adds its own instruments to a meter of the same
/// name). Exported by OpenTelemetry; Prometheus names end in <c>_total</c> (e.g. <c>belajar_directory_calls_total</c>).
/// </summary>
public static class BelajarMetrics
{
    /// <summary>The meter name to subscribe to.</summary>
    public const string MeterName = Belajar.Abstractions.BelajarMeter.Name;

    /// <summary>The name of <see cref="DirectoryCalls"/>.</summary>
    public const string DirectoryCallsName = Belajar.Abstractions.BelajarMeter.DirectoryCallsName;

    /// <summary>The tag of <see cref="DirectoryCalls"/> that holds a <see cref="DirectoryCallResult"/> name.</summary>
    public const string ResultTag = Belajar.Abstractions.BelajarMeter.ResultTag;

    /// <summary>The tag of <see cref="QuotaWait"/> that holds a <see cref="Quota.DirectoryPriority"/> name.</summary>
    public const string ClassTag = "class";

    /// <summary>The name of <see cref="QuotaWait"/>.</summary>
    public const string QuotaWaitName = "belajar.quota.wait";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Google accounts this silo created (a user insert that answered "created").</summary>
    public static readonly Counter<long> AccountsCreated =
        Meter.CreateCounter<long>("belajar.accounts.created", "{account}", "Google accounts created");

    /// <summary>Directory calls by result (<see cref="ResultTag"/>: ok, throttled, not_found, conflict, invalid, error, cancelled).</summary>
    public static readonly Counter<long> DirectoryCalls =
        Meter.CreateCounter<long>(DirectoryCallsName, "{call}", "Directory API calls by result");

    /// <summary>Quota permits this silo spent (one per Directory call while the limiter is on).</summary>
    public static readonly Counter<long> QuotaUsed =
        Meter.CreateCounter<long>("belajar.quota.used", "{permit}", "Directory quota permits spent");

    /// <summary>How long each Directory call waited for its quota permit, by class (<see cref="ClassTag"/>: Interactive, Sync, Deadline, Bulk).</summary>
    public static readonly Histogram<double> QuotaWait =
        Meter.CreateHistogram<double>(
            QuotaWaitName,
            "s",
            "Wait for a Directory quota permit, by class of call",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60] });
}
