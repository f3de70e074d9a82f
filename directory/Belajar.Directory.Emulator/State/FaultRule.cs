namespace Belajar.Directory.Emulator;

/// <summary>One kind of fault: fires for the next N calls, then at a rate (0–1).</summary>
public sealed class FaultRule
{
    private int _next;
    private double _rate;

    /// <summary>The share of calls it fires for once the counter is used up.</summary>
    public double Rate
    {
        get => Volatile.Read(ref _rate);
        set => Volatile.Write(ref _rate, value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A fault rate is between 0 and 1."));
    }

    /// <summary>Calls it will still fire for, whatever the rate.</summary>
    public int Next => Volatile.Read(ref _next);

    /// <summary>Fires for the next <paramref name="count"/> calls.</summary>
    public void FailNext(int count) => Volatile.Write(ref _next, Math.Max(0, count));

    /// <summary>Turns the fault off.</summary>
    public void Clear()
    {
        Rate = 0;
        FailNext(0);
    }

    internal bool Fire()
    {
        if (Volatile.Read(ref _next) > 0 && Interlocked.Decrement(ref _next) >= 0)
        {
            return true;
        }

        var rate = Rate;
        return rate > 0 && Random.Shared.NextDouble() < rate;
    }
}
