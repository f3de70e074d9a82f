using Belajar.Abstractions;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Regions;

/// <summary>A region's schools and their accounts (activation status, last sign-in; never passwords), for the region's scope.</summary>
public static class RegionSchoolEndpoints
{
    /// <summary>One school of a region with its funnel counters.</summary>
    public sealed record RegionSchool(string Npsn, string Name, string KodeWilayah, FunnelCounters Counters);

    /// <summary>One account as a regional administrator sees it.</summary>
    public sealed record RegionAccount(string Nama, string Role, string? UserId, string Status, DateTimeOffset? CreatedAt, DateTimeOffset? LastSignInAt);

    /// <summary>Maps <c>/api/v1/regions/{kodeWilayah}/schools</c> and <c>.../schools/{npsn}/accounts</c>.</summary>
    public static IEndpointRouteBuilder MapRegionSchoolEndpoints(this IEndpointRouteBuilder app)
    {
        var schools = app.MapGroup("/api/v1/regions/{kodeWilayah}/schools").RequireRegionScope().WithTags("Admin wilayah");
        schools.MapGet("", ListAsync).WithSummary("The region's schools (a province: those of its kabupaten/kota).");
        schools.MapGet("{npsn}/accounts", AccountsAsync).NormalizeNpsn().WithSummary("A school's accounts: status and last sign-in, never passwords.");
        return app;
    }

    private static async Task<Ok<List<RegionSchool>>> ListAsync(string kodeWilayah, IGrainFactory grains)
    {
        var result = new List<RegionSchool>();
        var stats = await grains.GetGrain<IRegionGrain>(GrainKeys.Region(kodeWilayah)).GetStatsAsync();
        var kabupaten = kodeWilayah.EndsWith("0000", StringComparison.Ordinal)
            ? await Task.WhenAll(stats.Children.Select(c => grains.GetGrain<IRegionGrain>(GrainKeys.Region(c.Key)).GetStatsAsync()))
            : [stats];
        foreach (var region in kabupaten)
        {
            result.AddRange(region.Children.Select(s => new RegionSchool(s.Key, s.Name, region.KodeWilayah, s.Counters)));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<List<RegionAccount>>, ProblemHttpResult>> AccountsAsync(string kodeWilayah, string npsn, IGrainFactory grains)
    {
        var school = grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
        if (await school.GetInfoAsync() is not { } info
            || !(TenantScope.Contains(kodeWilayah, info.KodeKabupaten) || TenantScope.Contains(kodeWilayah, info.KodeWilayah)))
        {
            return BelajarProblems.NotFound($"Wilayah {kodeWilayah} tidak punya sekolah dengan NPSN {npsn}; lihat daftar sekolahnya di /api/v1/regions/{kodeWilayah}/schools.");
        }

        var accounts = await school.GetAccountsAsync(null);
        return TypedResults.Ok(accounts.Select(a => new RegionAccount(
            a.Nama, a.Role.ToString(), a.UserId, a.Status.ToString(), a.CreatedAt, a.LastSignInAt)).ToList());
    }
}
