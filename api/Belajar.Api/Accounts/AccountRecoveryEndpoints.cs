using System.Globalization;
using Belajar.Abstractions.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Limits;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Accounts;

/// <summary>What the reactivation and the help after activation need, bound with <c>[AsParameters]</c>.</summary>
public sealed class AccountRecoveryServices(IAccountRecovery schools, AuditRecorder audit, ActionLimiter limits, ILogger<AccountRecoveryServices> logger)
{
    /// <summary>The schools' accounts.</summary>
    public IAccountRecovery Schools { get; } = schools;

    /// <summary>The audit trail.</summary>
    public AuditRecorder Audit { get; } = audit;

    /// <summary>The hourly limits of password resets (per school, per actor), which these actions share.</summary>
    public ActionLimiter Limits { get; } = limits;

    /// <summary>The endpoints' log.</summary>
    public ILogger<AccountRecoveryServices> Logger { get; } = logger;
}

/// <summary>
/// Accounts that come back: <c>POST .../accounts/{userId}/reactivate</c> (the school's operator and Pusdatin; a region's Dinas and
/// administrators under <c>/api/v1/regions/{kodeWilayah}/schools/{npsn}</c>) and <c>POST .../accounts/{userId}/password-after-activation</c>
/// (the school's operator and Pusdatin). Both share the reset's hourly limits and are audited.
/// </summary>
public static class AccountRecoveryEndpoints
{
    /// <summary>The longest reason kept in the audit log.</summary>
    public const int MaxReasonLength = 300;

    /// <summary>Maps both actions on the school's accounts group (its scope: the school's operator and Pusdatin).</summary>
    public static RouteGroupBuilder MapAccountRecoveryEndpoints(this RouteGroupBuilder accounts)
    {
        accounts.MapPost("{userId}/reactivate", (string npsn, string userId, HttpContext context, [AsParameters] AccountRecoveryServices services)
                => ReactivateAsync(npsn, userId, context, services))
            .WithName("ReactivateAccount")
            .WithSummary("Reactivates a deactivated account: a new initial password (shown once, in the download and on the cards) and its own new deadline.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        accounts.MapPost("{userId}/password-after-activation", PasswordAfterActivationAsync)
            .WithName("PasswordAfterActivation")
            .WithSummary("A new initial password for an activated account whose person asked in person (confirmedInPerson, reason); never for heads of school or operators.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return accounts;
    }

    /// <summary>Maps <c>POST /api/v1/regions/{kodeWilayah}/schools/{npsn}/accounts/{userId}/reactivate</c> (region scope; the school must be of the region).</summary>
    public static IEndpointRouteBuilder MapRegionReactivationEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/regions/{kodeWilayah}/schools/{npsn}/accounts/{userId}/reactivate", RegionReactivateAsync)
            .RequireRegionScope()
            .NormalizeNpsn()
            .WithTags("Admin wilayah")
            .WithName("ReactivateRegionAccount")
            .WithSummary("Reactivates a deactivated account of a school of the region.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<Ok<ReactivateResponse>, ProblemHttpResult>> RegionReactivateAsync(
        string kodeWilayah, string npsn, string userId, HttpContext context, [AsParameters] AccountRecoveryServices services)
    {
        if (await services.Schools.GetSchoolAsync(npsn) is not { } info
            || !(TenantScope.Contains(kodeWilayah, info.KodeKabupaten) || TenantScope.Contains(kodeWilayah, info.KodeWilayah)))
        {
            return BelajarProblems.NotFound($"Wilayah {kodeWilayah} tidak punya sekolah dengan NPSN {npsn}; lihat daftar sekolahnya di /api/v1/regions/{kodeWilayah}/schools.");
        }

        return await ReactivateAsync(npsn, userId, context, services);
    }

    private static async Task<Results<Ok<ReactivateResponse>, ProblemHttpResult>> ReactivateAsync(
        string npsn, string userId, HttpContext context, AccountRecoveryServices services)
    {
        if (await services.Schools.GetSchoolAsync(npsn) is null)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya.");
        }

        if (services.Limits.TryReset(context, npsn) is { } tooMany)
        {
            await services.Audit.RecordAsync(context, RecoveryAuditActions.Reactivate, npsn: npsn, detail: new() { ["userId"] = userId, ["outcome"] = "throttled" });
            return tooMany;
        }

        Reactivation? reactivation;
        try
        {
            reactivation = await services.Schools.ReactivateAsync(npsn, userId);
        }
        catch (AccountActionRefusedException refused)
        {
            await services.Audit.RecordAsync(context, RecoveryAuditActions.Reactivate, npsn: npsn, detail: Refused(userId, refused));
            return BelajarProblems.Conflict(refused.Message);
        }

        if (reactivation is null)
        {
            return BelajarProblems.NotFound($"Pengguna {userId} bukan akun sekolah {npsn}; ambil user_id dari daftar akun sekolah.");
        }

        var deadline = reactivation.DeadlineAt.ToString("O", CultureInfo.InvariantCulture);
        RecoveryLog.Reactivated(services.Logger, context.User.Actor(), userId, npsn, reactivation.DeadlineAt);
        await services.Audit.RecordAsync(context, RecoveryAuditActions.Reactivate, npsn: npsn, detail: new()
        {
            ["userId"] = userId,
            ["outcome"] = "reactivated",
            ["deadlineAt"] = deadline,
        });
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ReactivateResponse(userId, reactivation.InitialPassword, reactivation.DeadlineAt));
    }

    private static async Task<Results<Ok<PasswordAfterActivationResponse>, ProblemHttpResult>> PasswordAfterActivationAsync(
        string npsn, string userId, PasswordAfterActivationRequest? request, HttpContext context, [AsParameters] AccountRecoveryServices services)
    {
        if (await services.Schools.GetSchoolAsync(npsn) is null)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya.");
        }

        if (request?.ConfirmedInPerson != true)
        {
            return BelajarProblems.BadRequest(
                "Kata sandi baru untuk akun yang sudah aktif hanya diberikan bila orangnya sendiri meminta secara langsung (tatap muka). "
                + "Kirim {\"confirmedInPerson\": true, \"reason\": \"...\"} setelah Anda memastikan hal itu.");
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return BelajarProblems.BadRequest(
                $"Isi alasan (reason) singkat, 1 sampai {MaxReasonLength} karakter, mis. \"lupa kata sandi, datang ke ruang TU\"; alasan ini dicatat di log audit.");
        }

        if (services.Limits.TryReset(context, npsn) is { } tooMany)
        {
            await services.Audit.RecordAsync(context, RecoveryAuditActions.PasswordAfterActivation, npsn: npsn, detail: new() { ["userId"] = userId, ["outcome"] = "throttled", ["reason"] = reason });
            return tooMany;
        }

        string? password;
        try
        {
            password = await services.Schools.SetPasswordAfterActivationAsync(npsn, userId);
        }
        catch (AccountActionRefusedException refused)
        {
            var detail = Refused(userId, refused);
            detail["reason"] = reason;
            await services.Audit.RecordAsync(context, RecoveryAuditActions.PasswordAfterActivation, npsn: npsn, detail: detail);
            return refused.Refusal == AccountRefusal.SchoolStaff ? BelajarProblems.Forbidden(refused.Message) : BelajarProblems.Conflict(refused.Message);
        }

        if (password is null)
        {
            return BelajarProblems.NotFound($"Pengguna {userId} bukan akun sekolah {npsn}; ambil user_id dari daftar akun sekolah.");
        }

        RecoveryLog.PasswordAfterActivation(services.Logger, context.User.Actor(), userId, npsn);
        await services.Audit.RecordAsync(context, RecoveryAuditActions.PasswordAfterActivation, npsn: npsn, detail: new()
        {
            ["userId"] = userId,
            ["outcome"] = "set",
            ["confirmedInPerson"] = "true",
            ["reason"] = reason,
        });
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new PasswordAfterActivationResponse(userId, password));
    }

    private static Dictionary<string, string> Refused(string userId, AccountActionRefusedException refused) => new()
    {
        ["userId"] = userId,
        ["outcome"] = "refused",
        ["refusal"] = refused.Refusal.ToString(),
        ["status"] = refused.Status.ToString().ToLowerInvariant(),
    };
}

/// <summary>Log events of accounts that come back. Never a password, never the reason (free text: it goes to the audit log only).</summary>
internal static partial class RecoveryLog
{
    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "{Actor} reactivated {UserId} of school {Npsn}; new deadline {DeadlineAt}")]
    public static partial void Reactivated(ILogger logger, string actor, string userId, string npsn, DateTimeOffset deadlineAt);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Information, Message = "{Actor} set a new initial password after activation for {UserId} of school {Npsn}")]
    public static partial void PasswordAfterActivation(ILogger logger, string actor, string userId, string npsn);
}
