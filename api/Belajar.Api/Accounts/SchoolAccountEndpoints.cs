using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
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
            .ProducesProblem(StatusCodes.Status400BadRequest);
        accounts.MapGet("all", DownloadAllAsync)
            .WithName("DownloadAllAccounts")
            .WithSummary("Unduh Semua: the school's accounts of every kind with their initial passwords, one XLSX with a sheet per kind.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        accounts.MapPost("{userId}/reset-password", ResetPasswordAsync)
            .WithName("ResetPassword")
            .WithSummary("A new initial password for one of the school's accounts, shown once.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        accounts.MapAccountRecoveryEndpoints(); // reactivate, password-after-activation
        return app;
    }

    private static async Task<Results<AccountSheetResult, ProblemHttpResult>> DownloadAsync(
        string npsn, string? kind, string? format, HttpContext context, [AsParameters] SchoolAccountServices services)
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

        if (await services.Schools.GetSchoolAsync(npsn) is null)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya, atau tunggu sampai proses penyediaan akun membawanya.");
        }

        // Only the school's own operator hands the credentials out; Pusdatin looking at them does not mark them distributed.
        var markDistributed = TenantScope.HasRole(context.User, BelajarRoles.Operator);
        var rows = await services.Schools.GetCredentialsAsync(npsn, accountKind.Value, markDistributed);
        var kindName = AccountKindNames.Name(accountKind.Value);
        var extension = DownloadFormats.Extension(fileFormat.Value);
        await services.Audit.RecordAsync(context, AuditActions.Download, npsn: npsn, detail: new()
        {
            ["kind"] = kindName,
            ["format"] = extension,
            ["rows"] = rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["markedDistributed"] = markDistributed ? "true" : "false",
        });

        AccountsLog.Downloaded(services.Logger, context.User.Actor(), rows.Count, kindName, npsn, extension);
        return new AccountSheetResult(rows, fileFormat.Value, npsn, kindName);
    }

    /// <summary>The sheets of "Unduh Semua", in order.</summary>
    public static readonly IReadOnlyList<(AccountKind Kind, string SheetName)> AllSheets =
        [(AccountKind.PesertaDidik, "Peserta Didik"), (AccountKind.Ptk, "PTK"), (AccountKind.Admin, "Admin")];

    private static async Task<Results<AccountSheetResult, ProblemHttpResult>> DownloadAllAsync(
        string npsn, string? format, HttpContext context, [AsParameters] SchoolAccountServices services)
    {
        if (!string.IsNullOrWhiteSpace(format) && DownloadFormats.Parse(format) != DownloadFormat.Xlsx)
        {
            return BelajarProblems.BadRequest($"format '{format}' tidak sah untuk Unduh Semua; hanya xlsx (satu lembar per jenis akun). Untuk CSV, unduh per jenis: ?kind={AccountKindNames.Valid}.");
        }

        if (await services.Schools.GetSchoolAsync(npsn) is not { } school)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya, atau tunggu sampai proses penyediaan akun membawanya.");
        }

        var markDistributed = TenantScope.HasRole(context.User, BelajarRoles.Operator);
        var parts = new List<AccountSheetPart>();
        foreach (var (kind, sheetName) in AllSheets)
        {
            parts.Add(new AccountSheetPart(sheetName, await services.Schools.GetCredentialsAsync(npsn, kind, markDistributed)));
        }

        var rows = parts.Sum(p => p.Accounts.Count);
        await services.Audit.RecordAsync(context, AuditActions.Download, npsn: npsn, detail: new()
        {
            ["kind"] = AccountSheetResult.AllKinds,
            ["format"] = "xlsx",
            ["rows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["markedDistributed"] = markDistributed ? "true" : "false",
        });

        AccountsLog.Downloaded(services.Logger, context.User.Actor(), rows, AccountSheetResult.AllKinds, npsn, "xlsx");
        return new AccountSheetResult(parts, $"{school.Nama} · NPSN {school.Npsn}", npsn);
    }

    private static async Task<Results<Ok<ResetPasswordResponse>, ProblemHttpResult>> ResetPasswordAsync(
        string npsn, string userId, HttpContext context, [AsParameters] SchoolAccountServices services)
    {
        if (await services.Schools.GetSchoolAsync(npsn) is null)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya.");
        }

        if (services.Limits.TryReset(context, npsn) is { } tooMany)
        {
            await services.Audit.RecordAsync(context, AuditActions.ResetPassword, npsn: npsn, detail: new() { ["userId"] = userId, ["outcome"] = "throttled" });
            return tooMany;
        }

        string? password;
        try
        {
            password = await services.Schools.ResetPasswordAsync(npsn, userId);
        }
        catch (AccountNotResettableException refused)
        {
            await services.Audit.RecordAsync(context, AuditActions.ResetPassword, npsn: npsn, detail: new()
            {
                ["userId"] = userId,
                ["outcome"] = "refused",
                ["status"] = refused.Status.ToString().ToLowerInvariant(),
                ["signedIn"] = refused.SignedInAt is null ? "false" : "true",
            });
            return BelajarProblems.Conflict(refused.Status == AccountStatus.Deactivated
                ? $"{refused.Message} Untuk memakainya lagi, aktifkan kembali akun ini: POST /api/v1/schools/{npsn}/accounts/{userId}/reactivate."
                : $"{refused.Message} Orang ini sudah memakai kata sandinya sendiri; minta ia memakai pemulihan akun Google, atau bila ia datang sendiri meminta bantuan, "
                + $"gunakan POST /api/v1/schools/{npsn}/accounts/{userId}/password-after-activation dengan {{\"confirmedInPerson\": true, \"reason\": \"...\"}}.");
        }

        if (password is null)
        {
            return BelajarProblems.NotFound($"Pengguna {userId} bukan akun sekolah {npsn}; ambil user_id dari unduhan sekolah.");
        }

        AccountsLog.PasswordReset(services.Logger, context.User.Actor(), userId, npsn);
        await services.Audit.RecordAsync(context, AuditActions.ResetPassword, npsn: npsn, detail: new() { ["userId"] = userId, ["outcome"] = "reset" });
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ResetPasswordResponse(userId, password));
    }
}
