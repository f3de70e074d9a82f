using Belajar.Abstractions.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Accounts;

/// <summary>"Unduh Akun" and the initial-password reset, under <c>/api/v1/schools/{npsn}/accounts</c>.</summary>
public static class SchoolAccountEndpoints
{
    /// <summary>Maps the download and the reset; both for the school's operator and Pusdatin (tenant scope enforced).</summary>
    public static IEndpointRouteBuilder MapSchoolAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/v1/schools/{npsn}/accounts")
            .RequireSchoolScope()
            .WithTags("Unduh Akun")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapGet("", DownloadAsync)
            .WithName("DownloadAccounts")
            .WithSummary("The school's accounts of one kind with their initial passwords, as CSV or XLSX.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: DownloadFormats.ContentType(DownloadFormat.Xlsx))
            .ProducesProblem(StatusCodes.Status400BadRequest);
        accounts.MapPost("{userId}/reset-password", ResetPasswordAsync)
            .WithName("ResetPassword")
            .WithSummary("A new initial password for one of the school's accounts, shown once.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> DownloadAsync(
        string npsn, string? kind, string? format, HttpContext context, ISchoolAccounts schools, AuditRecorder audit, ILoggerFactory loggers)
    {
        var accountKind = AccountKindNames.Parse(kind);
        if (accountKind is null)
        {
            return BelajarProblems.BadRequest($"kind '{kind}' tidak sah; gunakan salah satu dari: {AccountKindNames.Valid} (mis. ?kind=peserta-didik&format=csv).");
        }

        var fileFormat = DownloadFormats.Parse(format);
        if (fileFormat is null)
        {
            return BelajarProblems.BadRequest($"format '{format}' tidak sah; gunakan salah satu dari: {DownloadFormats.Valid}.");
        }

        if (await schools.GetSchoolAsync(npsn) is null)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya, atau tunggu sampai proses penyediaan akun membawanya.");
        }

        // Only the school's own operator hands the credentials out; Pusdatin looking at them does not mark them distributed.
        var markDistributed = TenantScope.HasRole(context.User, BelajarRoles.Operator);
        var rows = await schools.GetCredentialsAsync(npsn, accountKind.Value, markDistributed);
        var kindName = AccountKindNames.Name(accountKind.Value);
        await audit.RecordAsync(context, AuditActions.Download, npsn: npsn, detail: new()
        {
            ["kind"] = kindName,
            ["format"] = DownloadFormats.Extension(fileFormat.Value),
            ["rows"] = rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["markedDistributed"] = markDistributed ? "true" : "false",
        });

        AccountsLog.Downloaded(Logger(loggers), context.User.Actor(), rows.Count, kindName, npsn, DownloadFormats.Extension(fileFormat.Value));
        var response = context.Response;
        response.ContentType = DownloadFormats.ContentType(fileFormat.Value);
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        var safeNpsn = new string(npsn.Where(char.IsAsciiLetterOrDigit).ToArray());
        response.Headers.ContentDisposition = $"attachment; filename=\"akun-{safeNpsn}-{kindName}.{DownloadFormats.Extension(fileFormat.Value)}\"";
        var cells = rows.Select(AccountSheet.Row);
        if (fileFormat == DownloadFormat.Csv)
        {
            await CsvAccountWriter.WriteAsync(response.Body, cells, context.RequestAborted);
        }
        else
        {
            using var buffer = new MemoryStream();
            XlsxAccountWriter.Write(buffer, cells);
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(response.Body, context.RequestAborted);
        }

        return TypedResults.Empty;
    }

    private static async Task<Results<Ok<ResetPasswordResponse>, ProblemHttpResult>> ResetPasswordAsync(
        string npsn, string userId, HttpContext context, ISchoolAccounts schools, AuditRecorder audit, ILoggerFactory loggers)
    {
        if (await schools.GetSchoolAsync(npsn) is null)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya.");
        }

        string? password;
        try
        {
            password = await schools.ResetPasswordAsync(npsn, userId);
        }
        catch (AccountNotResettableException refused)
        {
            await audit.RecordAsync(context, AuditActions.ResetPassword, npsn: npsn, detail: new()
            {
                ["userId"] = userId,
                ["outcome"] = "refused",
                ["status"] = refused.Status.ToString().ToLowerInvariant(),
            });
            return BelajarProblems.Conflict(
                $"{refused.Message} Orang ini sudah memakai kata sandinya sendiri; minta ia memakai pemulihan akun Google.");
        }

        if (password is null)
        {
            return BelajarProblems.NotFound($"Pengguna {userId} bukan akun sekolah {npsn}; ambil user_id dari unduhan sekolah.");
        }

        AccountsLog.PasswordReset(Logger(loggers), context.User.Actor(), userId, npsn);
        await audit.RecordAsync(context, AuditActions.ResetPassword, npsn: npsn, detail: new() { ["userId"] = userId, ["outcome"] = "reset" });
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ResetPasswordResponse(userId, password));
    }

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(SchoolAccountEndpoints).FullName!);
}
