namespace Belajar.Api.Auth;

/// <summary>Authorization policy names. Tenant scope (which school or region) is checked per request by <see cref="TenantScope"/>.</summary>
public static class BelajarPolicies
{
    /// <summary>Pusdatin only.</summary>
    public const string Pusdatin = "pusdatin";

    /// <summary>Who may reach a school's endpoints at all: its operator or Pusdatin (the NPSN is checked by <see cref="SchoolScopeFilter"/>).</summary>
    public const string School = "school";

    /// <summary>Who may reach a region's endpoints at all: Pusdatin, Dinas, regional administrators (the code is checked by <see cref="RegionScopeFilter"/>).</summary>
    public const string Region = "region";
}
