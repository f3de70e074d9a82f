using Belajar.Abstractions;
using Belajar.Abstractions.Quota;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Runs;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Orleans.Runtime;

namespace Belajar.Api.Dashboards;

/// <summary>
/// The dashboards' data under <c>/api/v1/dashboards</c>: the operations overview (Pusdatin), a region's funnel (tenant scope
/// enforced on the server) and the dashboard cookie for the Orleans Dashboard.
/// </summary>
public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var dashboards = app.MapGroup("api/v1/dashboards").WithTags("Dashboards");
        dashboards.MapGet("ops", OpsAsync).RequireAuthorization(BelajarPolicies.Pusdatin);
        dashboards.MapGet("regions/{kodeWilayah}", RegionAsync).RequireRegionScope();
        dashboards.MapPost("session", OpenSession).RequireAuthorization(BelajarPolicies.Pusdatin);
        dashboards.MapDelete("session", CloseSession).AllowAnonymous();
        return dashboards;
    }

    public static async Task<Ok<OpsOverview>> OpsAsync(IGrainFactory grains, DashboardSampler sampler, IConfiguration configuration, TimeProvider time)
    {
        var ids = await grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.Key).ListAsync();
        var runs = await Task.WhenAll(ids.Take(20).Select(id => grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(id)).GetStatusAsync()));
        var national = await grains.GetGrain<IRegionGrain>(GrainKeys.Region(IRegionGrain.NationalKode)).GetStatsAsync();
        var usage = await sampler.QuotaGrain.GetUsageAsync();
        var statuses = runs.OfType<RunStatus>().ToList();
        var syncPeriod = configuration.GetValue("Lifecycle:SyncPeriod", TimeSpan.Zero); // zero: the planner's default
        var activities = string.Equals(configuration["Lifecycle:SignInDiscovery"], "Activities", StringComparison.OrdinalIgnoreCase);
        return TypedResults.Ok(new OpsOverview(
            statuses,
            national,
            new QuotaView(usage.QueriesPerMinute, usage.InWindow, usage.ActiveSilos, usage.Classes),
            sampler.History(),
            await ClusterAsync(grains),
            await grains.GetGrain<IDeactivationWindowGrain>(IDeactivationWindowGrain.Key).GetAsync(),
            RunPlanView.Of(statuses, usage.QueriesPerMinute, syncPeriod, activities, time.GetUtcNow())));
    }

    public static async Task<Results<Ok<RegionView>, ProblemHttpResult>> RegionAsync(string kodeWilayah, IGrainFactory grains)
    {
        if (!TenantScope.IsKodeWilayah(kodeWilayah))
        {
            return BelajarProblems.BadRequest($"'{kodeWilayah}' bukan kode wilayah: berikan enam angka kode wilayah Dapodik, mis. 020000 untuk provinsi.");
        }

        var stats = await grains.GetGrain<IRegionGrain>(GrainKeys.Region(kodeWilayah)).GetStatsAsync();
        var view = RegionRanking.Rank(stats);
        IReadOnlyList<RegionStats> withSchools = kodeWilayah == IRegionGrain.NationalKode ? []
            : kodeWilayah.EndsWith("0000", StringComparison.Ordinal)
                ? await Task.WhenAll(stats.Children.Select(c => grains.GetGrain<IRegionGrain>(GrainKeys.Region(RegionCode(c.Key))).GetStatsAsync()))
                : [stats];
        return TypedResults.Ok(view with { SchoolsBehind = RegionRanking.SchoolsBehind(withSchools) });
    }

    public static Results<NoContent, ProblemHttpResult> OpenSession(HttpContext context)
    {
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BelajarProblems.BadRequest("Kirim token akses di header Authorization (Bearer) untuk membuka sesi dasbor.");
        }

        var expires = long.TryParse(context.User.FindFirst("exp")?.Value, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : DateTimeOffset.UtcNow.AddMinutes(15);
        DashboardCookie.Set(context.Response, header["Bearer ".Length..].Trim(), expires, context.Request.IsHttps);
        return TypedResults.NoContent();
    }

    public static NoContent CloseSession(HttpContext context)
    {
        DashboardCookie.Clear(context.Response);
        return TypedResults.NoContent();
    }

    private static async Task<ClusterView> ClusterAsync(IGrainFactory grains)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);
        var statistics = await management.GetSimpleGrainStatistics();
        return new ClusterView(
            hosts.Select(h => new SiloView(h.Key.ToString(), h.Value.ToString())).OrderBy(s => s.Address, StringComparer.Ordinal).ToList(),
            statistics
                .GroupBy(s => ShortTypeName(s.GrainType))
                .Select(g => new GrainTypeView(g.Key, g.Sum(s => s.ActivationCount)))
                .Where(g => g.Activations > 0)
                .OrderByDescending(g => g.Activations)
                .ToList());
    }

    private static string RegionCode(string key) => key.StartsWith("wil-", StringComparison.Ordinal) ? key[4..] : key;

    private static string ShortTypeName(string grainType)
    {
        var name = grainType.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
