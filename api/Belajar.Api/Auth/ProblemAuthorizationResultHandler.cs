using Belajar.Api.Audit;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Belajar.Api.Auth;

/// <summary>Turns the authorization middleware's 401 and 403 into ProblemDetails, and records every refused access (403).</summary>
internal sealed class ProblemAuthorizationResultHandler(AuditRecorder audit) : IAuthorizationMiddlewareResultHandler
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

            await WriteAsync(context, BelajarProblems.Unauthorized(BelajarProblems.SignInFirst));
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await audit.RecordAsync(context, AuditActions.AccessDenied, detail: new() { ["path"] = context.Request.Path.Value ?? "" });
            await WriteAsync(context, BelajarProblems.Forbidden(
                $"Peran '{TenantScope.RoleOf(context.User)}' tidak boleh memakai {context.Request.Method} {context.Request.Path}; masuklah dengan akun yang punya peran yang diperlukan."));
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static async Task WriteAsync(HttpContext context, IResult problem)
    {
        if (!context.Response.HasStarted)
        {
            await problem.ExecuteAsync(context);
        }
    }
}
