using Belajar.Api.Auth;
using Orleans.Dashboard;

namespace Belajar.Api.Dashboards;

/// <summary>The Orleans Dashboard under <see cref="DashboardCookie.Path"/>, for Pusdatin only (bearer header or the dashboard cookie).</summary>
public static class OrleansDashboardEndpoints
{
    public static IEndpointRouteBuilder MapBelajarOrleansDashboard(this IEndpointRouteBuilder app)
    {
        app.MapOrleansDashboard(routePrefix: DashboardCookie.Path).RequireAuthorization(BelajarPolicies.Pusdatin);
        return app;
    }
}
