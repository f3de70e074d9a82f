using System.Text;
using nietras.SeparatedValues;

namespace Belajar.Api.Accounts;

/// <summary>
/// Writes the sheet as RFC 4180 CSV with Sep: UTF-8 with BOM, CRLF line ends, a field quoted (and its quotes doubled) when it
/// holds <c>,</c> <c>"</c> CR or LF.
/// </summary>
public static class CsvAccountWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private const int BufferChars = 16 * 1024;

    /// <summary>Writes the header and the rows to <paramref name="output"/>, asynchronously (the response body allows no synchronous writes).</summary>
    public static async Task WriteAsync(Stream output, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, Utf8WithBom, BufferChars, leaveOpen: true) { NewLine = "\r\n" };
        await using (var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            csv.Header.Add(AccountSheet.Header);
            await csv.Header.WriteAsync(cancellationToken);
            foreach (var cells in rows)
            {
                await using var row = csv.NewRow(cancellationToken);
                for (var i = 0; i < cells.Length; i++)
                {
                    row[i].Set(cells[i]);
                }
            }
        }

        await text.FlushAsync(cancellationToken);
    }
}
