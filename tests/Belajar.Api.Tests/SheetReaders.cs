using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace Belajar.Api.Tests;

/// <summary>Reads downloads back with independent parsers: Sep for CSV, the OpenXML SDK's DOM for XLSX.</summary>
public static class SheetReaders
{
    public static List<string[]> ReadCsv(byte[] bytes)
    {
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

    public static List<string[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(cell =>
            {
                Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
                return cell.InlineString!.Text!.Text;
            }).ToArray())
            .ToList();
    }
}
