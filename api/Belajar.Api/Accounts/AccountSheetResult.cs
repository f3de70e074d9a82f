using System.Reflection;
using Belajar.Abstractions.Accounts;
using Microsoft.AspNetCore.Http.Metadata;

namespace Belajar.Api.Accounts;

/// <summary>One sheet of "Unduh Semua": its name (e.g. "Peserta Didik") and the accounts of that kind.</summary>
public sealed record AccountSheetPart(string SheetName, IReadOnlyList<AccountCredentialRow> Accounts);

/// <summary>
/// An "Unduh Akun" file as an endpoint's answer: the school's accounts of one kind as CSV or XLSX, or ("Unduh Semua") one XLSX
/// with a sheet per kind under a title row; an attachment that is never cached (<c>Cache-Control: no-store</c>).
/// </summary>
public sealed class AccountSheetResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    /// <summary>The sheet of <paramref name="accounts"/>, named <c>akun-{npsn}-{kind}.{csv|xlsx}</c>.</summary>
    public AccountSheetResult(IReadOnlyList<AccountCredentialRow> accounts, DownloadFormat format, string npsn, string kind)
    {
        Accounts = accounts;
        Format = format;
        var safeNpsn = new string(npsn.Where(char.IsAsciiLetterOrDigit).ToArray());
        FileName = $"akun-{safeNpsn}-{kind}.{DownloadFormats.Extension(format)}";
    }

    /// <summary>
    /// "Unduh Semua": one XLSX, a sheet per part, each under the title row <paramref name="title"/> and a header in Bahasa
    /// Indonesia, named <c>akun-{npsn}-semua.xlsx</c>.
    /// </summary>
    public AccountSheetResult(IReadOnlyList<AccountSheetPart> parts, string title, string npsn)
        : this(parts.SelectMany(p => p.Accounts).ToList(), DownloadFormat.Xlsx, npsn, AllKinds)
    {
        Parts = parts;
        Title = title;
    }

    /// <summary>The <c>kind</c> part of the file name of "Unduh Semua".</summary>
    public const string AllKinds = "semua";

    /// <summary>The sheets of "Unduh Semua"; null for a one-kind file.</summary>
    public IReadOnlyList<AccountSheetPart>? Parts { get; }

    /// <summary>The title row of "Unduh Semua" (the school's name and NPSN); null for a one-kind file.</summary>
    public string? Title { get; }

    /// <summary>The accounts, one row each.</summary>
    public IReadOnlyList<AccountCredentialRow> Accounts { get; }

    /// <summary>CSV or XLSX.</summary>
    public DownloadFormat Format { get; }

    /// <summary>The attachment's file name (letters and digits of the NPSN only).</summary>
    public string FileName { get; }

    /// <inheritdoc />
    public string ContentType => DownloadFormats.ContentType(Format);

    /// <summary>Always 200.</summary>
    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>Writes the headers and the sheet.</summary>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentDisposition = $"attachment; filename=\"{FileName}\"";
        var rows = Accounts.Select(AccountSheet.Row);
        if (Format == DownloadFormat.Csv)
        {
            await CsvAccountWriter.WriteAsync(response.Body, rows, httpContext.RequestAborted);
            return;
        }

        using var buffer = new MemoryStream();
        if (Parts is { } parts)
        {
            XlsxAccountWriter.Write(buffer, parts
                .Select(p => new XlsxSheet(p.SheetName, Title, AccountSheet.TitledHeader, p.Accounts.Select(AccountSheet.TitledRow), AccountSheet.TitledWidths))
                .ToList());
        }
        else
        {
            XlsxAccountWriter.Write(buffer, rows);
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, httpContext.RequestAborted);
    }

    /// <summary>Documents the 200 answer as CSV or XLSX.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status200OK, typeof(Stream), ["text/csv", DownloadFormats.ContentType(DownloadFormat.Xlsx)]));
}
