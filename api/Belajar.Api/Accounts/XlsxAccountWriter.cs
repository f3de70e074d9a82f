using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Belajar.Api.Accounts;

/// <summary>
/// Writes the sheet as an XLSX workbook (one sheet, "Akun") streamed with OpenXmlWriter; every cell is an inline string, so that
/// NISNs keep their leading zeros and nothing is evaluated.
/// </summary>
public static class XlsxAccountWriter
{
    /// <summary>The worksheet's name.</summary>
    public const string SheetName = "Akun";

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (write to a MemoryStream, then copy).</summary>
    public static void Write(Stream output, IEnumerable<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, AccountSheet.Header);
            foreach (var row in rows)
            {
                WriteRow(writer, row);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet
        {
            Id = workbookPart.GetIdOfPart(worksheetPart),
            SheetId = 1,
            Name = SheetName,
        }));
        workbookPart.Workbook.Save();
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
