using System.Text;

namespace Belajar.Api.Accounts;

/// <summary>Writes the sheet as RFC 4180 CSV: UTF-8 with BOM, CRLF line ends, fields quoted when they hold <c>,</c> <c>"</c> CR or LF.</summary>
public static class CsvAccountWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the header and the rows to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream output, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await WriteLineAsync(writer, AccountSheet.Header);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteLineAsync(writer, row);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One field, quoted when needed.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task WriteLineAsync(StreamWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(Escape(fields[i]));
        }

        await writer.WriteLineAsync();
    }
}
