using System.Text;
using nietras.SeparatedValues;

namespace Belajar.Api.Accounts;

/// <summary>
/// Writes the sheet as RFC 4180 CSV with Sep: UTF-8 with BOM, CRLF line ends, a field quoted (and its quotes doubled) when it
/// holds <c>,</c> <c>"</c> CR or LF.
/// </summary>
/// <remarks>
/// Rows are composed synchronously into an in-memory chunk and the chunk goes to <c>output</c> with one asynchronous write:
/// an await per row (Sep's asynchronous row) halves the requests per second of a 1,000-row download. A chunk stays small, so a
/// large sheet never sits whole in memory. Sep's own escaping examines every character of every field; <see cref="Quoted"/>
/// finds the rare field that needs quotes with one vectorised search, which keeps a 1,000-row sheet at about half the CPU
/// (docs/benchmarks.md#download).
/// </remarks>
public static class CsvAccountWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private const int ChunkBytes = 32 * 1024;

    /// <summary>How many rows go into the chunk between two looks at its size (a row is about 100 bytes).</summary>
    private const int RowsPerCheck = 64;

    /// <summary>Writes the header and the rows to <paramref name="output"/>, asynchronously (the response body allows no synchronous writes).</summary>
    public static async Task WriteAsync(Stream output, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        using var chunk = new MemoryStream(ChunkBytes + (ChunkBytes / 4));
        using var text = new StreamWriter(chunk, Utf8WithBom, ChunkBytes / 4, leaveOpen: true) { NewLine = "\r\n" };
        using (var csv = Sep.New(',').Writer().To(text, leaveOpen: true))
        {
            foreach (var title in AccountSheet.Header)
            {
                csv.Header.Add(Quoted(title));
            }

            csv.Header.Write();
            var written = 0;
            foreach (var cells in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (var row = csv.NewRow())
                {
                    for (var i = 0; i < cells.Length; i++)
                    {
                        row[i].Set(Quoted(cells[i]));
                    }
                }

                if (++written % RowsPerCheck == 0)
                {
                    text.Flush();
                    if (chunk.Length >= ChunkBytes)
                    {
                        await SendAsync(chunk, output, cancellationToken);
                    }
                }
            }
        }

        text.Flush();
        await SendAsync(chunk, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>The field as RFC 4180 writes it: quoted, with its quotes doubled, when it holds a comma, a quote, CR or LF.</summary>
    public static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task SendAsync(MemoryStream chunk, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), cancellationToken);
        chunk.SetLength(0);
    }
}
