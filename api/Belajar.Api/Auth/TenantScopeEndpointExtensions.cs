namespace Belajar.Api.Auth;

/// <summary>Tenant scope for endpoints: role policy plus the per-request school or region check.</summary>
public static class TenantScopeEndpointExtensions
{
    /// <summary>
    /// Operator of the route's <c>{npsn}</c> or Pusdatin; others get 403 (and an audit entry). The NPSN is normalised first
    /// (<see cref="NormalizeNpsn{TBuilder}"/>).
    /// </summary>
    public static TBuilder RequireSchoolScope<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(BelajarPolicies.School);
        builder.NormalizeNpsn();
        builder.AddEndpointFilter(new SchoolScopeFilter());
        return builder;
    }

    /// <summary>The route's <c>{npsn}</c>, route value and handler argument, normalised once; 400 for an NPSN that breaks the rule.</summary>
    public static TBuilder NormalizeNpsn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(NpsnRouteFilter.Create);

    /// <summary>Pusdatin, or a Dinas/regional administrator of the route's <c>{kodeWilayah}</c> or a parent region.</summary>
    public static TBuilder RequireRegionScope<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(BelajarPolicies.Region);
        builder.AddEndpointFilter(new RegionScopeFilter());
        return builder;
    }
}
