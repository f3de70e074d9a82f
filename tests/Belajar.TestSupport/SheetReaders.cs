using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;
using Xunit;

namespace Belajar.TestSupport;

/// <summary>
/// Reads the "Unduh Akun" downloads back with parsers independent of the writers: Sep for the CSV, the OpenXML SDK's DOM for the
/// workbook. Each reader also asserts the format's promise (the CSV's UTF-8 BOM, inline-string cells only).
/// </summary>
public static class SheetReaders
{
    /// <summary>An RFC 4180 CSV with a UTF-8 BOM, every row (header first).</summary>
    public static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "the CSV starts with a UTF-8 BOM");
        var text = new UTF8Encoding(false).GetString(bytes.AsSpan(3));
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < row.ColCount; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>Every sheet of a workbook, in order, with its rows (header first); every cell must be an inline string.</summary>
    public static List<(string Name, List<string[]> Rows)> ReadXlsxSheets(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
            {
                Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
                return cell.InlineString!.Text!.Text;
            }).ToArray()).ToList();
            return (sheet.Name!.Value!, rows);
        }).ToList();
    }

    /// <summary>The rows of a workbook that must have exactly one sheet.</summary>
    public static List<string[]> ReadXlsx(byte[] bytes) => Assert.Single(ReadXlsxSheets(bytes)).Rows;
}
