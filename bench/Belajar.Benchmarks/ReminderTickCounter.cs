using System.Diagnostics.Metrics;

namespace Belajar.Benchmarks;

/// <summary>
/// Counts, in process, Orleans' own counters of reminder ticks delivered (<c>orleans-reminders-ticks-delivered</c>: the grain's
/// <c>ReceiveReminder</c> returned) and of messages dropped because they expired before they were handled
/// (<c>orleans-messaging-expired</c>), so that a benchmark can tell a tick that reached its grain from one that was lost.
/// </summary>
public sealed class ReminderTickCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _delivered;
    private long _expired;

    public ReminderTickCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name is "orleans-reminders-ticks-delivered" or "orleans-messaging-expired")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument, value));
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument, value));
        _listener.Start();
    }

    /// <summary>Reminder ticks whose grain call returned.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Messages dropped as expired (a tick that waited longer than the response timeout is one of them).</summary>
    public long Expired => Interlocked.Read(ref _expired);

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, long value)
    {
        if (instrument.Name == "orleans-reminders-ticks-delivered")
        {
            Interlocked.Add(ref _delivered, value);
        }
        else
        {
            Interlocked.Add(ref _expired, value);
        }
    }
}
