using System.Globalization;
using System.Text;
using Npgsql;

namespace Belajar.Hosting.Reminders;

/// <summary>
/// Turns the rows of one read of <c>orleans_reminders</c> (columns <c>GrainId, ReminderName, StartTime, Period, Version</c>)
/// into Orleans' <see cref="ReminderEntry"/>, allocating little beyond the entry and its grain key. The text columns are read as
/// the UTF-8 bytes they arrive in (the table's connections use UTF-8 as client encoding) into one reused buffer; a grain id is
/// built from those bytes as <see cref="GrainId.Parse(string)"/> builds it from the text (the UTF-8 bytes before the first
/// <c>/</c> are the type, the rest the key) with no string in between. Grain types and reminder names repeat across rows and
/// are shared (<see cref="RepeatedUtf8Values{T}"/>); the ETag is the version as an invariant integer string, as the stock
/// table gives it. Not thread safe: one per read.
/// </summary>
public sealed class ReminderRowDecoder
{
    private readonly RepeatedUtf8Values<GrainType> _types = new(utf8 => new GrainType(utf8.ToArray()));
    private readonly RepeatedUtf8Values<string> _names = new(Encoding.UTF8.GetString);
    private byte[] _buffer = new byte[64];

    /// <summary>The entry of the reader's current row.</summary>
    public ReminderEntry Read(NpgsqlDataReader reader) => new()
    {
        GrainId = ParseGrainId(Utf8(reader, 0)), // consumed before the next column reuses the buffer
        ReminderName = ParseReminderName(Utf8(reader, 1)),
        StartAt = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
        Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
        ETag = reader.GetInt32(4).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The grain id whose text form (<c>type/key</c>) has the UTF-8 bytes <paramref name="utf8"/>.</summary>
    public GrainId ParseGrainId(ReadOnlySpan<byte> utf8)
    {
        var slash = utf8.IndexOf((byte)'/'); // never part of a multi-byte UTF-8 sequence: the first '/' of the text
        if (slash < 0)
        {
            throw new FormatException("A GrainId in orleans_reminders has no '/' between the grain type and the key.");
        }

        return GrainId.Create(_types.Get(utf8[..slash]), new IdSpan(utf8[(slash + 1)..].ToArray()));
    }

    /// <summary>The reminder name with the UTF-8 bytes <paramref name="utf8"/>, one string per distinct name.</summary>
    public string ParseReminderName(ReadOnlySpan<byte> utf8) => _names.Get(utf8);

    private ReadOnlySpan<byte> Utf8(NpgsqlDataReader reader, int ordinal)
    {
        var length = (int)reader.GetBytes(ordinal, 0, null, 0, 0); // a text field's raw bytes: its UTF-8
        if (length > _buffer.Length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        return _buffer.AsSpan(0, (int)reader.GetBytes(ordinal, 0, _buffer, 0, length));
    }
}
