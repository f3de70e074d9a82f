using Belajar.Api.Audit;
using Belajar.Api.Problems;

namespace Belajar.Api.Auth;

/// <summary>
/// Refuses (403, audited) a request whose <c>{npsn}</c> route value is a school the caller may not see. Add it to any endpoint
/// or group under <c>/schools/{npsn}</c> with <see cref="TenantScopeEndpointExtensions.RequireSchoolScope{TBuilder}"/>.
/// </summary>
public sealed class SchoolScopeFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var npsn = http.Request.RouteValues["npsn"]?.ToString() ?? "";
        if (TenantScope.CanAccessSchool(http.User, npsn))
        {
            return await next(context);
        }

        var recorder = http.RequestServices.GetRequiredService<AuditRecorder>();
        await recorder.RecordAsync(http, AuditActions.AccessDenied, npsn: npsn, detail: new() { ["path"] = http.Request.Path.Value ?? "" });
        var own = http.User.FindFirst(BelajarClaims.Npsn)?.Value;
        return BelajarProblems.Forbidden(own is null
            ? $"Akun ini tidak boleh melihat sekolah {npsn}: hanya operator sekolah itu dan Pusdatin yang boleh."
            : $"Akun ini operator sekolah {own}; tidak boleh melihat sekolah {npsn}. Gunakan /api/v1/schools/{own}/...");
    }
}
