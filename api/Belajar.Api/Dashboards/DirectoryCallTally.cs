using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Belajar.Api.Dashboards;

/// <summary>
/// Totals of the <c>belajar.directory.calls</c> counter by result, as measured in this process (the co-hosted silo of the embedded
/// profile). In the PostgreSQL profile the silos count their own calls: scrape their <c>/metrics</c>.
/// </summary>
public sealed class DirectoryCallTally : IDisposable
{
    private const string MeterName = Belajar.Abstractions.BelajarMeter.Name;
    private const string InstrumentName = Belajar.Abstractions.BelajarMeter.DirectoryCallsName;
    private readonly ConcurrentDictionary<string, long> _byResult = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();

    public DirectoryCallTally()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Calls answered "throttled" so far.</summary>
    public long Throttled => _byResult.GetValueOrDefault("throttled");

    /// <summary>All calls so far.</summary>
    public long Total => _byResult.Values.Sum();

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var result = "unknown";
        foreach (var tag in tags)
        {
            if (tag.Key == Belajar.Abstractions.BelajarMeter.ResultTag && tag.Value is string name)
            {
                result = name;
            }
        }

        _byResult.AddOrUpdate(result, value, (_, total) => total + value);
    }
}
