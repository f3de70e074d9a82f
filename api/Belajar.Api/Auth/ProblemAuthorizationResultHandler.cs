using Belajar.Api.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Belajar.Api.Auth;

/// <summary>Turns the authorization middleware's 401 and 403 into ProblemDetails, and records every refused access (403).</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems, AuditRecorder audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            foreach (var scheme in policy.AuthenticationSchemes.DefaultIfEmpty(null))
            {
                await (scheme is null ? context.ChallengeAsync() : context.ChallengeAsync(scheme));
            }

            await WriteAsync(context, StatusCodes.Status401Unauthorized, "Belum masuk",
                "Kirim token akses yang sah: POST /api/v1/auth/token dengan nama pengguna dan kata sandi Anda, lalu `Authorization: Bearer <accessToken>`.");
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await audit.RecordAsync(context, AuditActions.AccessDenied, detail: new() { ["path"] = context.Request.Path.Value ?? "" });
            await WriteAsync(context, StatusCodes.Status403Forbidden, "Tidak diizinkan",
                $"Peran '{TenantScope.RoleOf(context.User)}' tidak boleh memakai {context.Request.Method} {context.Request.Path}; masuklah dengan akun yang punya peran yang diperlukan.");
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (!context.Response.HasStarted)
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = status, Title = title, Detail = detail },
            });
        }
    }
}
