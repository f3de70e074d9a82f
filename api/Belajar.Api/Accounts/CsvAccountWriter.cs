using System.Text;
using nietras.SeparatedValues;

namespace Belajar.Api.Accounts;

/// <summary>
/// Writes the sheet as RFC 4180 CSV with Sep: UTF-8 with BOM, CRLF line ends, a field quoted (and its quotes doubled) when it
/// holds <c>,</c> <c>"</c> CR or LF.
/// </summary>
/// <remarks>
/// Rows are composed synchronously into an in-memory chunk and the chunk goes to <c>output</c> with one asynchronous write:
/// an await per row (Sep's asynchronous row) halves the requests per second of a 1,000-row download
/// (docs/benchmarks.md#download). A chunk stays small, so a large sheet never sits whole in memory.
/// </remarks>
public static class CsvAccountWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private const int ChunkBytes = 32 * 1024;

    /// <summary>Writes the header and the rows to <paramref name="output"/>, asynchronously (the response body allows no synchronous writes).</summary>
    public static async Task WriteAsync(Stream output, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        using var chunk = new MemoryStream(ChunkBytes + (ChunkBytes / 4));
        using var text = new StreamWriter(chunk, Utf8WithBom, ChunkBytes / 4, leaveOpen: true) { NewLine = "\r\n" };
        using (var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            csv.Header.Add(AccountSheet.Header);
            csv.Header.Write();
            foreach (var cells in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (var row = csv.NewRow())
                {
                    for (var i = 0; i < cells.Length; i++)
                    {
                        row[i].Set(cells[i]);
                    }
                }

                text.Flush();
                if (chunk.Length >= ChunkBytes)
                {
                    await SendAsync(chunk, output, cancellationToken);
                }
            }
        }

        text.Flush();
        await SendAsync(chunk, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static async Task SendAsync(MemoryStream chunk, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), cancellationToken);
        chunk.SetLength(0);
    }
}
