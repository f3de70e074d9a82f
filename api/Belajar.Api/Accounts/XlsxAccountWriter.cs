using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Belajar.Api.Accounts;

/// <summary>One worksheet of a workbook: its name, an optional title row above the header, the header and the rows.</summary>
public sealed record XlsxSheet(string Name, string? Title, IReadOnlyList<string> Header, IEnumerable<string[]> Rows, IReadOnlyList<double>? ColumnWidths = null);

/// <summary>
/// Writes sheets as an XLSX workbook streamed with OpenXmlWriter; every cell is an inline string, so that NISNs keep their
/// leading zeros and nothing is evaluated. "Unduh Akun" writes one sheet, "Akun"; "Unduh Semua" one sheet per kind.
/// </summary>
public static class XlsxAccountWriter
{
    /// <summary>The worksheet's name of a one-kind download.</summary>
    public const string SheetName = "Akun";

    /// <summary>Writes the one-sheet workbook of "Unduh Akun" to <paramref name="output"/>, which must be seekable (write to a MemoryStream, then copy).</summary>
    public static void Write(Stream output, IEnumerable<string[]> rows) =>
        Write(output, [new XlsxSheet(SheetName, null, AccountSheet.Header, rows)]);

    /// <summary>Writes a workbook of <paramref name="sheets"/>, in order, to <paramref name="output"/> (seekable).</summary>
    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var entries = new Sheets();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(worksheetPart, sheet);
            entries.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = id++, Name = sheet.Name });
        }

        workbookPart.Workbook = new Workbook(entries);
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (sheet.ColumnWidths is { Count: > 0 } widths)
        {
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < widths.Count; i++)
            {
                var index = (uint)(i + 1);
                writer.WriteElement(new Column { Min = index, Max = index, Width = widths[i], CustomWidth = true });
            }

            writer.WriteEndElement();
        }

        writer.WriteStartElement(new SheetData());
        if (sheet.Title is { } title)
        {
            WriteRow(writer, [title]);
        }

        WriteRow(writer, sheet.Header);
        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, row);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in cells)
        {
            writer.WriteElement(new Cell(new InlineString(new Text(XmlSafe(value)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                DataType = CellValues.InlineString,
            });
        }

        writer.WriteEndElement();
    }

    private static string XmlSafe(string value) =>
        value.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : value;
}
