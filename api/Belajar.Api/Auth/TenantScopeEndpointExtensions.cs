namespace Belajar.Api.Auth;

/// <summary>Tenant scope for endpoints: role policy plus the per-request school or region check.</summary>
public static class TenantScopeEndpointExtensions
{
    /// <summary>Operator of the route's <c>{npsn}</c> or Pusdatin; others get 403 (and an audit entry).</summary>
    public static TBuilder RequireSchoolScope<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(BelajarPolicies.School);
        builder.AddEndpointFilter(new SchoolScopeFilter());
        return builder;
    }

    /// <summary>Pusdatin, or a Dinas/regional administrator of the route's <c>{kodeWilayah}</c> or a parent region.</summary>
    public static TBuilder RequireRegionScope<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(BelajarPolicies.Region);
        builder.AddEndpointFilter(new RegionScopeFilter());
        return builder;
    }
}
