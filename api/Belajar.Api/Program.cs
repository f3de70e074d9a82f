using Belajar.Api.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Dashboards;
using Belajar.Api.Embedded;
using Belajar.Api.Metrics;
using Belajar.Api.OpenApi;
using Belajar.Api.Problems;
using Belajar.Api.Regions;
using Belajar.Api.Runs;
using Belajar.Api.Stats;
using Belajar.Dapodik;
using Belajar.Hosting;

// `validate <snapshot>` and `generate ...` are commands of this host; anything else starts the API.
if (await DapodikCommands.TryRunAsync(args, Console.Out) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.UseBelajarDefaultUrls("http://localhost:5080");

// Embedded profile (no ConnectionStrings:Belajar): co-host a silo, with the Directory emulator and generated secrets.
// PostgreSQL profile: a client of the silos.
var embedded = BelajarProfile.IsEmbedded(builder.Configuration);
if (embedded)
{
    await builder.AddEmbeddedDefaultsAsync(Console.Out);
    builder.AddBelajarSilo();
}
else
{
    builder.AddBelajarClient();
}

builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.AddBelajarProblemDetails();
builder.Services.AddBelajarAuth(builder.Configuration);
builder.Services.AddAuditLog(builder.Configuration);
builder.Services.AddSchoolAccounts();
builder.Services.AddBelajarOpenApi();
builder.Services.AddRegionalAdmins(builder.Configuration);
builder.Services.AddBelajarRuns(builder.Configuration, startupRunByDefault: embedded);
builder.Services.AddBelajarDashboards();
builder.Services.AddBelajarApiMetrics();

var app = builder.Build();
if (embedded)
{
    app.Services.EnsureDefaultPusdatinUser(EmbeddedDefaults.DataFolder(app.Configuration), Console.Out);
}

if ((app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StartupRunOptions>>().Value.Snapshot ?? StartupRunOptions.FindSampleSnapshot()) is { } snapshot)
{
    app.Services.GetRequiredService<SnapshotOperators>().Load(snapshot);
}

app.UseBelajarProblemDetails();
app.UseAuthentication();
app.UseAuthorization();
app.UseBelajarApiMetrics();
app.MapBelajarHealth();
app.MapBelajarOpenApi();
app.MapAuthEndpoints();
app.MapAuditEndpoints();
app.MapSchoolAccountEndpoints();
app.MapRunEndpoints();
app.MapStatsEndpoints();
app.MapAdminNominationEndpoints().MapRegionAdminEndpoints().MapRegionSchoolEndpoints();
app.MapDashboardPages();
app.MapDashboardEndpoints();
app.MapBelajarOrleansDashboard();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to tests.</summary>
public partial class Program;
