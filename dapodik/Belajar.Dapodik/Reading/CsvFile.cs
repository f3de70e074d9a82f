using System.Text;
using nietras.SeparatedValues;

namespace Belajar.Dapodik.Reading;

/// <summary>
/// One snapshot CSV file opened for reading: strict UTF-8 (a BOM is allowed), RFC 4180 quoting, the required header
/// columns found by name. Anything that makes the file unreadable becomes a <see cref="SnapshotUnreadableException"/>.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvFile(string name, SepReader reader, int[] columns)
    {
        Name = name;
        Reader = reader;
        Columns = columns;
        HeaderCount = reader.Header.ColNames.Count;
    }

    public string Name { get; }

    public SepReader Reader { get; }

    /// <summary>Index of each required column, in the order of the required list.</summary>
    public int[] Columns { get; }

    public int HeaderCount { get; }

    /// <summary>Opens <paramref name="name"/> in <paramref name="folder"/> and checks its header.</summary>
    public static CsvFile Open(string folder, string name, IReadOnlyList<string> required)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new SnapshotUnreadableException(name, $"berkas tidak ada di folder snapshot {folder}");
        }

        SepReader? reader = null;
        try
        {
            var text = new StreamReader(OpenSkippingBom(path), StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
                .From(text);
            if (reader.Header.IsEmpty)
            {
                throw new SnapshotUnreadableException(name, "berkas kosong: baris judul tidak ada");
            }

            var columns = new int[required.Count];
            var missing = new List<string>();
            for (var i = 0; i < required.Count; i++)
            {
                if (!reader.Header.TryIndexOf(required[i], out columns[i]))
                {
                    missing.Add(required[i]);
                }
            }

            if (missing.Count > 0)
            {
                throw new SnapshotUnreadableException(name,
                    $"baris judul salah: kolom yang hilang {string.Join(", ", missing)}; seharusnya {string.Join(",", required)}");
            }

            return new CsvFile(name, reader, columns);
        }
        catch (Exception ex) when (ex is not SnapshotUnreadableException)
        {
            reader?.Dispose();
            throw Unreadable(name, ex, 1);
        }
        catch
        {
            reader?.Dispose();
            throw;
        }
    }

    /// <summary>Opens the file past a UTF-8 byte order mark, if any (StreamReader's own detection would drop strict decoding).</summary>
    private static FileStream OpenSkippingBom(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        stream.Position = read == 3 && head.SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        return stream;
    }

    /// <summary>Turns a failure while reading rows into the exception that names the file.</summary>
    public static SnapshotUnreadableException Unreadable(string name, Exception ex, long nearLine) => ex switch
    {
        DecoderFallbackException => new SnapshotUnreadableException(name, $"bukan UTF-8 (bita tidak sah di sekitar baris {nearLine}); simpan berkas sebagai UTF-8", ex),
        IOException => new SnapshotUnreadableException(name, $"tidak dapat dibaca: {ex.Message}", ex),
        _ => new SnapshotUnreadableException(name, $"tidak dapat diurai di sekitar baris {nearLine}: {ex.Message}", ex),
    };

    /// <summary>
    /// Calls <paramref name="onRow"/> for every data row whose column count matches the header; rejects the others.
    /// Decoding and I/O failures become <see cref="SnapshotUnreadableException"/>.
    /// </summary>
    public void ForEachRow(SnapshotReport report, SepReader.RowAction onRow, CancellationToken ct)
    {
        long rows = 0;
        long line = 1;
        while (true)
        {
            bool more;
            try
            {
                more = Reader.MoveNext();
            }
            catch (Exception ex) when (ex is DecoderFallbackException or IOException)
            {
                throw Unreadable(Name, ex, line + 1);
            }

            if (!more)
            {
                break;
            }

            var row = Reader.Current;
            line = row.LineNumberFrom;
            rows++;
            if ((rows & 0x3FFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (row.ColCount != HeaderCount)
            {
                var why = row.ColCount < HeaderCount ? "kolomnya lebih sedikit dari baris judul" : "kolomnya lebih banyak dari baris judul (koma tanpa tanda kutip?)";
                report.Reject(Name, line, "baris", why, null, $"{row.ColCount} bukan {HeaderCount}");
                continue;
            }

            onRow(row);
        }

        report.CountRows(Name, rows);
    }

    public void Dispose() => Reader.Dispose();
}
