using System.Text;

namespace Belajar.Api.Accounts;

/// <summary>Writes the sheet as RFC 4180 CSV: UTF-8 with BOM, CRLF line ends, fields quoted when they hold <c>,</c> <c>"</c> CR or LF.</summary>
public static class CsvAccountWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private const int ChunkChars = 16 * 1024;

    /// <summary>Writes the header and the rows to <paramref name="output"/>.</summary>
    /// <remarks>Lines are composed synchronously into a chunk and written a chunk at a time (not one await per field).</remarks>
    public static async Task WriteAsync(Stream output, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: ChunkChars, leaveOpen: true) { NewLine = "\r\n" };
        var chunk = new StringBuilder(ChunkChars + 1024);
        AppendLine(chunk, AccountSheet.Header);
        foreach (var row in rows)
        {
            AppendLine(chunk, row);
            if (chunk.Length >= ChunkChars)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(chunk, cancellationToken);
                chunk.Clear();
            }
        }

        await writer.WriteAsync(chunk, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One field, quoted when needed.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AppendLine(StringBuilder chunk, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                chunk.Append(',');
            }

            chunk.Append(Escape(fields[i]));
        }

        chunk.Append("\r\n");
    }
}
