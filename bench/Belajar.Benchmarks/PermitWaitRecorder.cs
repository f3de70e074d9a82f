using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Belajar.Grains.Metrics;

namespace Belajar.Benchmarks;

/// <summary>
/// Listens to the silos' <c>belajar.quota.wait</c> histogram (one measurement per permit handed out, tagged with its class) in
/// this process: permits and waits per class since the last <see cref="Take"/>.
/// </summary>
internal sealed class PermitWaitRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private ConcurrentQueue<(string Class, double Seconds)> _waits = new();

    public PermitWaitRecorder()
    {
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BelajarMetrics.MeterName && instrument.Name == BelajarMetrics.QuotaWaitName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == BelajarMetrics.ClassTag && tag.Value is string priority)
                {
                    _waits.Enqueue((priority, value));
                }
            }
        });
        _listener.Start();
    }

    /// <summary>The waits recorded since the last call, by class (each wait one permit).</summary>
    public IReadOnlyDictionary<string, double[]> Take()
    {
        var taken = Interlocked.Exchange(ref _waits, new ConcurrentQueue<(string Class, double Seconds)>());
        return taken.GroupBy(w => w.Class).ToDictionary(g => g.Key, g => g.Select(w => w.Seconds).Order().ToArray());
    }

    /// <summary>The value at <paramref name="quantile"/> (0–1) of sorted <paramref name="values"/>, 0 when empty.</summary>
    public static double Quantile(double[] values, double quantile) =>
        values.Length == 0 ? 0 : values[Math.Clamp((int)Math.Ceiling(quantile * values.Length) - 1, 0, values.Length - 1)];

    public void Dispose() => _listener.Dispose();
}
