using Belajar.Api.Audit;
using Belajar.Api.Problems;

namespace Belajar.Api.Auth;

/// <summary>
/// Refuses (403, audited) a request whose <c>{kodeWilayah}</c> route value is a region the caller may not see. Add it with
/// <see cref="TenantScopeEndpointExtensions.RequireRegionScope{TBuilder}"/>.
/// </summary>
public sealed class RegionScopeFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var kode = http.Request.RouteValues["kodeWilayah"]?.ToString() ?? "";
        if (TenantScope.CanAccessRegion(http.User, kode))
        {
            return await next(context);
        }

        var recorder = http.RequestServices.GetRequiredService<AuditRecorder>();
        await recorder.RecordAsync(http, AuditActions.AccessDenied, kodeWilayah: kode, detail: new() { ["path"] = http.Request.Path.Value ?? "" });
        var own = http.User.FindFirst(BelajarClaims.KodeWilayah)?.Value;
        return BelajarProblems.Forbidden(own is null
            ? $"Akun ini tidak boleh melihat wilayah {kode}: hanya Pusdatin serta Dinas dan admin wilayah itu yang boleh."
            : $"Akun ini boleh melihat wilayah {own} dan wilayah di dalamnya, bukan {kode}.");
    }
}
