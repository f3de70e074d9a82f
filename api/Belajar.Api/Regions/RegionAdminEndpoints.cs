using Belajar.Abstractions;
using Belajar.Abstractions.Admins;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Belajar.Dapodik;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Regions;

/// <summary>A region's administrators: listed for the region's scope; revoked and reissued by Pusdatin.</summary>
public static class RegionAdminEndpoints
{
    /// <summary>Maps <c>/api/v1/regions/{kodeWilayah}/admins</c>.</summary>
    public static IEndpointRouteBuilder MapRegionAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admins = app.MapGroup("/api/v1/regions/{kodeWilayah}/admins").RequireRegionScope().WithTags("Admin wilayah");
        admins.MapGet("", ListAsync).WithSummary("The region's administrators (NIK masked).");
        admins.MapDelete("{adminId}", RevokeAsync).RequireAuthorization(BelajarPolicies.Pusdatin)
            .WithSummary("Revokes: suspends the Google account and frees the place.");
        admins.MapPost("{adminId}/reissue", ReissueAsync).RequireAuthorization(BelajarPolicies.Pusdatin)
            .WithSummary("A lost file: a new password in a new email (the NIK is given again; it is not kept).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RegionalAdminView>>> ListAsync(string kodeWilayah, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRegionAdminsGrain>(GrainKeys.Region(kodeWilayah)).GetAdminsAsync());

    private static async Task<Results<Ok<RegionalAdminView>, ProblemHttpResult>> RevokeAsync(
        string kodeWilayah, string adminId, HttpContext context, [AsParameters] RegionalAdminServices services)
    {
        try
        {
            var revoked = await services.Grains.GetGrain<IRegionAdminsGrain>(GrainKeys.Region(kodeWilayah)).RevokeAsync(adminId, context.User.Actor());
            await services.Audit.RecordAsync(context, AdminAuditActions.Revoked, kodeWilayah: kodeWilayah, detail: new()
            {
                ["adminId"] = adminId, ["userId"] = revoked.UserId, ["nominee"] = revoked.MaskedNik,
            });
            return TypedResults.Ok(revoked);
        }
        catch (AdminRefusedException ex)
        {
            return ex.NotFound ? BelajarProblems.NotFound(ex.Message) : BelajarProblems.Conflict(ex.Message);
        }
    }

    private static async Task<Results<Ok<CredentialsSent>, ProblemHttpResult>> ReissueAsync(
        string kodeWilayah, string adminId, ReissueRequest? request, HttpContext context, [AsParameters] RegionalAdminServices services)
    {
        var nik = (request?.Nik ?? "").Trim();
        if (NikRules.Validate(nik) is { } problem)
        {
            return BelajarProblems.BadRequest($"Berikan lagi 'nik' admin itu (NIK tidak disimpan): {problem}.");
        }

        try
        {
            var region = services.Grains.GetGrain<IRegionAdminsGrain>(GrainKeys.Region(kodeWilayah));
            var sent = await services.Sender.SendAsync(context, approval => region.ReissueAsync(adminId, nik, approval));
            await services.Audit.RecordAsync(context, AdminAuditActions.Reissued, kodeWilayah: kodeWilayah, detail: new()
            {
                ["adminId"] = adminId, ["userId"] = sent.UserId, ["emailSentTo"] = sent.EmailSentTo,
            });
            return TypedResults.Ok(sent);
        }
        catch (AdminRefusedException ex)
        {
            return ex.NotFound ? BelajarProblems.NotFound(ex.Message) : BelajarProblems.Conflict(ex.Message);
        }
        catch (CredentialsMailFailedException failed)
        {
            await services.Audit.RecordAsync(context, AdminAuditActions.MailFailed, kodeWilayah: kodeWilayah, detail: new()
            {
                ["adminId"] = adminId, ["userId"] = failed.Admin.UserId, ["emailSentTo"] = failed.Admin.Email,
                ["error"] = failed.InnerException?.GetType().Name ?? "",
            });
            return BelajarProblems.Problem(StatusCodes.Status502BadGateway,
                $"Kata sandi baru admin {failed.Admin.UserId} sudah dipasang, tetapi email ke {failed.Admin.Email} gagal terkirim. " +
                "Periksa server SMTP, lalu ulangi permintaan ini dengan NIK yang sama.");
        }
    }
}
