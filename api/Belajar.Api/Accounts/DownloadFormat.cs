namespace Belajar.Api.Accounts;

/// <summary>The file formats of "Unduh Akun".</summary>
public enum DownloadFormat
{
    /// <summary>RFC 4180 CSV, UTF-8 with BOM, CRLF.</summary>
    Csv,

    /// <summary>An Excel workbook with one sheet, every cell text.</summary>
    Xlsx,
}

/// <summary>Parsing and media types of <see cref="DownloadFormat"/>.</summary>
public static class DownloadFormats
{
    /// <summary>The accepted values, for error messages.</summary>
    public const string Valid = "csv, xlsx";

    /// <summary>The format named by <paramref name="text"/> (case-insensitive; empty means csv), or null.</summary>
    public static DownloadFormat? Parse(string? text) => string.IsNullOrWhiteSpace(text) ? DownloadFormat.Csv : text.Trim().ToLowerInvariant() switch
    {
        "csv" => DownloadFormat.Csv,
        "xlsx" => DownloadFormat.Xlsx,
        _ => null,
    };

    /// <summary>The Content-Type of a format.</summary>
    public static string ContentType(DownloadFormat format) => format == DownloadFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The file extension of a format.</summary>
    public static string Extension(DownloadFormat format) => format == DownloadFormat.Csv ? "csv" : "xlsx";
}
