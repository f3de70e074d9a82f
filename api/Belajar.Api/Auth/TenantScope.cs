using Belajar.Abstractions.Regions;
using Belajar.Api.Schools;
using System.Security.Claims;

namespace Belajar.Api.Auth;

/// <summary>
/// Who may see which school or region, decided on the server from the token's claims whatever the URL says: Pusdatin sees
/// everything; an operator only the school of its <c>npsn</c> claim; a Dinas or regional administrator its <c>kodeWilayah</c>
/// and the regions inside it (province <c>XX0000</c> ⊃ kabupaten/kota <c>XXYY00</c> ⊃ kecamatan <c>XXYYZZ</c>).
/// </summary>
public static class TenantScope
{
    /// <summary>True for Pusdatin, and for the operator of <paramref name="npsn"/> (both NPSNs normalised by <see cref="SchoolNpsn"/>).</summary>
    public static bool CanAccessSchool(ClaimsPrincipal user, string npsn)
    {
        if (HasRole(user, BelajarRoles.Pusdatin))
        {
            return true;
        }

        return HasRole(user, BelajarRoles.Operator)
            && SchoolNpsn.Normalize(user.FindFirst(BelajarClaims.Npsn)?.Value) is { } own
            && own == SchoolNpsn.Normalize(npsn);
    }

    /// <summary>
    /// True for Pusdatin, and for a Dinas or regional administrator of that region or of a region containing it. The nation
    /// (<c>000000</c>) is nobody's region but Pusdatin's: a token claiming it, from any issuer, reaches no region, and no
    /// regional token reaches the national funnel.
    /// </summary>
    public static bool CanAccessRegion(ClaimsPrincipal user, string kodeWilayah)
    {
        if (HasRole(user, BelajarRoles.Pusdatin))
        {
            return true;
        }

        return (HasRole(user, BelajarRoles.Dinas) || HasRole(user, BelajarRoles.AdminWilayah))
            && user.FindFirst(BelajarClaims.KodeWilayah)?.Value?.Trim() is { } own
            && own != IRegionGrain.NationalKode
            && kodeWilayah.Trim() != IRegionGrain.NationalKode
            && Contains(own, kodeWilayah.Trim());
    }

    /// <summary>True when region <paramref name="outer"/> is <paramref name="inner"/> or one of its parents.</summary>
    public static bool Contains(string outer, string inner)
    {
        if (!IsKodeWilayah(outer) || !IsKodeWilayah(inner))
        {
            return false;
        }

        if (outer == inner)
        {
            return true;
        }

        if (outer.EndsWith("0000", StringComparison.Ordinal))
        {
            return inner.StartsWith(outer[..2], StringComparison.Ordinal);
        }

        return outer.EndsWith("00", StringComparison.Ordinal) && inner.StartsWith(outer[..4], StringComparison.Ordinal);
    }

    /// <summary>True for a six-digit Dapodik region code.</summary>
    public static bool IsKodeWilayah(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    /// <summary>True when the principal holds the role (as a <c>role</c> claim or through the identity's role claim type).</summary>
    public static bool HasRole(ClaimsPrincipal user, string role) =>
        user.HasClaim(BelajarClaims.Role, role) || user.IsInRole(role);

    /// <summary>The principal's role for the audit log, or an empty string.</summary>
    public static string RoleOf(ClaimsPrincipal user) =>
        BelajarRoles.All.FirstOrDefault(role => HasRole(user, role)) ?? "";
}
