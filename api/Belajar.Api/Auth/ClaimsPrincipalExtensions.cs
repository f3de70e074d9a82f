using System.Security.Claims;

namespace Belajar.Api.Auth;

/// <summary>Who the signed-in caller is, read one way everywhere (logs, audit, grain calls).</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>
    /// The caller's user name: the <c>sub</c> claim, or the name identifier an external authority's mapped claims carry; empty
    /// for an anonymous caller.
    /// </summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.FindFirst(BelajarClaims.Subject)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";
}
