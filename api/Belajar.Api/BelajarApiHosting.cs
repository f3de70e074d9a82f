using Belajar.Api.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Dashboards;
using Belajar.Api.Metrics;
using Belajar.Api.OpenApi;
using Belajar.Api.Problems;
using Belajar.Api.Regions;
using Belajar.Api.Runs;
using Belajar.Api.Schools;
using Belajar.Api.Stats;
using Belajar.Hosting;

namespace Belajar.Api;

/// <summary>
/// The api, whatever hosts it: its services (<see cref="AddBelajarApi"/>) and its pipeline and endpoints
/// (<see cref="UseBelajarApi"/>). The host decides how the api reaches the grains: <c>Program</c> joins the cluster as a
/// client; the development host co-hosts a silo.
/// </summary>
public static class BelajarApiHosting
{
    /// <summary>The api's address when none is configured.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Registers the api's services.</summary>
    /// <param name="startupRunByDefault">Whether a run starts at start-up unless <c>Belajar:StartupRun:Enabled</c> says otherwise.</param>
    public static WebApplicationBuilder AddBelajarApi(this WebApplicationBuilder builder, bool startupRunByDefault)
    {
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddBelajarProblemDetails();
        builder.Services.AddBelajarAuth(builder.Configuration);
        builder.Services.AddAuditLog(builder.Configuration);
        builder.Services.AddSchoolAccounts();
        builder.Services.AddBelajarOpenApi();
        builder.Services.AddRegionalAdmins(builder.Configuration);
        builder.Services.AddBelajarRuns(builder.Configuration, startupRunByDefault);
        builder.Services.AddBelajarDashboards();
        builder.Services.AddBelajarApiMetrics();
        return builder;
    }

    /// <summary>Maps the middleware and every endpoint (the operators of a configured snapshot are loaded once the host runs).</summary>
    public static WebApplication UseBelajarApi(this WebApplication app)
    {
        app.UseForwardedHeaders(); // first: everything after sees the client's address
        app.UseBelajarProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseBelajarApiMetrics();
        app.MapBelajarHealth();
        app.MapBelajarOpenApi();
        app.MapAuthEndpoints();
        app.MapAuditEndpoints();
        app.MapSchoolAccountEndpoints();
        app.MapSchoolPageEndpoints();
        app.MapRunEndpoints();
        app.MapStatsEndpoints();
        app.MapAdminNominationEndpoints().MapRegionAdminEndpoints().MapRegionSchoolEndpoints().MapRegionReactivationEndpoint().MapAdminPasswordEndpoints();
        app.MapDashboardPages();
        app.MapDashboardEndpoints();
        app.MapBelajarOrleansDashboard();
        return app;
    }
}
