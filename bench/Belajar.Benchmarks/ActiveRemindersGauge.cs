using System.Diagnostics.Metrics;

namespace Belajar.Benchmarks;

/// <summary>
/// Reads Orleans' own gauge <c>orleans-reminders-active</c> (the reminders a silo's reminder service holds in memory) in
/// process, so that a benchmark can tell when a silo has loaded its reminders without guessing a delay.
/// </summary>
public sealed class ActiveRemindersGauge : IDisposable
{
    private const string InstrumentName = "orleans-reminders-active";
    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private long _sum;

    public ActiveRemindersGauge()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => Add(value));
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Add(value));
        _listener.Start();
    }

    /// <summary>The reminders held in memory by the silos of this process now.</summary>
    public long Read()
    {
        lock (_lock)
        {
            _sum = 0;
            _listener.RecordObservableInstruments();
            return _sum;
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(long value) => _sum += value;
}
