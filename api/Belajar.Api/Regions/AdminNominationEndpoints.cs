using Belajar.Abstractions;
using Belajar.Abstractions.Admins;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Regions;

/// <summary>Nominations: a Dinas nominates for its own region; Pusdatin lists, approves and rejects.</summary>
public static class AdminNominationEndpoints
{
    /// <summary>Maps <c>/api/v1/regions/{kodeWilayah}/admin-nominations</c> and <c>/api/v1/admin-nominations</c>.</summary>
    public static IEndpointRouteBuilder MapAdminNominationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/regions/{kodeWilayah}/admin-nominations", NominateAsync)
            .RequireRegionScope().WithTags("Admin wilayah").WithSummary("A Dinas nominates up to two administrators for its own region.");
        var nominations = app.MapGroup("/api/v1/admin-nominations").RequireAuthorization(BelajarPolicies.Pusdatin).WithTags("Admin wilayah");
        nominations.MapGet("", ListAsync).WithSummary("Nominations (?state=Pending|Approved|Rejected), oldest first.");
        nominations.MapPost("{nominationId}/approve", ApproveAsync).WithSummary("Creates the account and emails its credentials as an AES-256 ZIP.");
        nominations.MapPost("{nominationId}/reject", RejectAsync).WithSummary("Rejects a nomination with a reason.");
        nominations.MapPost("{nominationId}/resend", ResendAsync)
            .WithSummary("A new password for an approved nomination whose credentials mail failed, mailed again (502 if it fails again).");
        return app;
    }

    private static async Task<Results<Created<IReadOnlyList<NominationView>>, ProblemHttpResult>> NominateAsync(
        string kodeWilayah, NominationRequest? request, HttpContext context, [AsParameters] RegionalAdminServices services)
    {
        var user = context.User;
        if (!TenantScope.HasRole(user, BelajarRoles.Dinas) || user.FindFirst(BelajarClaims.KodeWilayah)?.Value != kodeWilayah)
        {
            await services.Audit.RecordAsync(context, AuditActions.AccessDenied, kodeWilayah: kodeWilayah, detail: new() { ["path"] = context.Request.Path.Value ?? "" });
            return BelajarProblems.Forbidden($"Hanya Dinas wilayah {kodeWilayah} yang mengusulkan adminnya.");
        }

        var (nominees, problem) = NomineeValidation.Check(request);
        if (problem is not null)
        {
            return BelajarProblems.BadRequest(problem);
        }

        try
        {
            var made = await services.Grains.GetGrain<IRegionAdminsGrain>(GrainKeys.Region(kodeWilayah)).NominateAsync(nominees!, context.User.Actor());
            foreach (var n in made)
            {
                await services.Audit.RecordAsync(context, AdminAuditActions.Nominated, kodeWilayah: kodeWilayah, detail: Detail(n));
            }

            return TypedResults.Created($"/api/v1/admin-nominations?state=Pending", made);
        }
        catch (AdminRefusedException ex)
        {
            return BelajarProblems.Conflict(ex.Message);
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<NominationView>>, ProblemHttpResult>> ListAsync(string? state, IGrainFactory grains)
    {
        NominationState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<NominationState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return BelajarProblems.BadRequest($"state '{state}' tidak sah; gunakan Pending, Approved atau Rejected.");
            }

            wanted = parsed;
        }

        return TypedResults.Ok(await grains.GetGrain<IAdminRegistryGrain>(IAdminRegistryGrain.Key).GetNominationsAsync(wanted));
    }

    private static async Task<Results<Ok<CredentialsSent>, ProblemHttpResult>> ApproveAsync(
        string nominationId, HttpContext context, [AsParameters] RegionalAdminServices services)
    {
        if (NominationIds.RegionOf(nominationId) is not { } kode)
        {
            return BelajarProblems.NotFound($"'{nominationId}' bukan id usulan; ambil dari GET /api/v1/admin-nominations?state=Pending.");
        }

        return await SendAsync(context, services, kode, nominationId, AdminAuditActions.Approved, (region, approval) => region.ApproveAsync(nominationId, approval));
    }

    private static async Task<Results<Ok<CredentialsSent>, ProblemHttpResult>> ResendAsync(
        string nominationId, HttpContext context, [AsParameters] RegionalAdminServices services)
    {
        if (NominationIds.RegionOf(nominationId) is not { } kode)
        {
            return BelajarProblems.NotFound($"'{nominationId}' bukan id usulan; ambil dari GET /api/v1/admin-nominations?state=Approved.");
        }

        return await SendAsync(context, services, kode, nominationId, AdminAuditActions.Resent, (region, approval) => region.ResendAsync(nominationId, approval));
    }

    /// <summary>
    /// An approval or a resend: a new password set by the region, the credentials mailed; once mailed the region drops the NIK. A
    /// failed mail leaves an audit entry and a 502 that says how to send again (the account exists; nobody has its password).
    /// </summary>
    private static async Task<Results<Ok<CredentialsSent>, ProblemHttpResult>> SendAsync(
        HttpContext context, RegionalAdminServices services, string kode, string nominationId, string action,
        Func<IRegionAdminsGrain, AdminApproval, Task<ApprovedAdmin>> apply)
    {
        var region = services.Grains.GetGrain<IRegionAdminsGrain>(GrainKeys.Region(kode));
        try
        {
            var sent = await services.Sender.SendAsync(context, approval => apply(region, approval));
            await region.CredentialsMailedAsync(nominationId);
            await services.Audit.RecordAsync(context, action, kodeWilayah: kode, detail: new()
            {
                ["nominationId"] = nominationId, ["adminId"] = sent.AdminId, ["userId"] = sent.UserId, ["emailSentTo"] = sent.EmailSentTo,
            });
            return TypedResults.Ok(sent);
        }
        catch (AdminRefusedException ex)
        {
            return ex.NotFound ? BelajarProblems.NotFound(ex.Message) : BelajarProblems.Conflict(ex.Message);
        }
        catch (CredentialsMailFailedException failed)
        {
            await services.Audit.RecordAsync(context, AdminAuditActions.MailFailed, kodeWilayah: kode, detail: new()
            {
                ["nominationId"] = nominationId, ["adminId"] = failed.Admin.AdminId, ["userId"] = failed.Admin.UserId,
                ["emailSentTo"] = failed.Admin.Email, ["error"] = failed.InnerException?.GetType().Name ?? "",
            });
            return BelajarProblems.Problem(StatusCodes.Status502BadGateway,
                $"Akun admin {failed.Admin.UserId} sudah dibuat, tetapi email ke {failed.Admin.Email} gagal terkirim. Periksa server SMTP, " +
                $"lalu kirim ulang dengan POST /api/v1/admin-nominations/{nominationId}/resend (kata sandi dan kode baru).");
        }
    }

    private static async Task<Results<Ok<NominationView>, ProblemHttpResult>> RejectAsync(
        string nominationId, RejectRequest? request, HttpContext context, [AsParameters] RegionalAdminServices services)
    {
        if (NominationIds.RegionOf(nominationId) is not { } kode)
        {
            return BelajarProblems.NotFound($"'{nominationId}' bukan id usulan; ambil dari GET /api/v1/admin-nominations?state=Pending.");
        }

        if (string.IsNullOrWhiteSpace(request?.Reason))
        {
            return BelajarProblems.BadRequest("Berikan 'reason' untuk penolakan; Dinas membacanya.");
        }

        try
        {
            var rejected = await services.Grains.GetGrain<IRegionAdminsGrain>(GrainKeys.Region(kode)).RejectAsync(nominationId, context.User.Actor(), request.Reason.Trim());
            var detail = Detail(rejected);
            detail["reason"] = rejected.RejectReason ?? "";
            await services.Audit.RecordAsync(context, AdminAuditActions.Rejected, kodeWilayah: kode, detail: detail);
            return TypedResults.Ok(rejected);
        }
        catch (AdminRefusedException ex)
        {
            return ex.NotFound ? BelajarProblems.NotFound(ex.Message) : BelajarProblems.Conflict(ex.Message);
        }
    }

    private static Dictionary<string, string> Detail(NominationView n) => new()
    {
        ["nominationId"] = n.NominationId, ["fullName"] = n.FullName, ["nominee"] = n.MaskedNik, ["email"] = n.Email,
    };
}
