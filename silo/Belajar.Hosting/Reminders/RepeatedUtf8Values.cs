namespace Belajar.Hosting.Reminders;

/// <summary>
/// One instance per distinct UTF-8 value of a column whose values repeat across the rows of one read (a reminder name such as
/// <c>deadline</c>, a grain type such as <c>account</c>): the first <see cref="Capacity"/> distinct values are kept and handed
/// out again for equal bytes; a value beyond them is created on each call, so a read with many distinct values costs what it
/// costs without this class plus a bounded scan. Lookup is a linear scan: the columns it serves hold a handful of values. Not
/// thread safe: one per read.
/// </summary>
public sealed class RepeatedUtf8Values<T>(Func<ReadOnlySpan<byte>, T> create)
{
    /// <summary>How many distinct values are kept.</summary>
    public const int Capacity = 16;

    private readonly List<(byte[] Utf8, T Value)> _kept = [];

    /// <summary>The value for <paramref name="utf8"/>: the kept one if these bytes were seen, else a new one.</summary>
    public T Get(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, value) in _kept)
        {
            if (utf8.SequenceEqual(bytes))
            {
                return value;
            }
        }

        var created = create(utf8);
        if (_kept.Count < Capacity)
        {
            _kept.Add((utf8.ToArray(), created));
        }

        return created;
    }
}
