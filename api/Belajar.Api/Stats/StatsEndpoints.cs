using Belajar.Abstractions;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;
using Belajar.Api.Auth;
using Belajar.Api.Limits;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Stats;

/// <summary>The activation funnel (national, a region, a school) and a school's sync on demand.</summary>
public static class StatsEndpoints
{
    /// <summary>Maps <c>/api/v1/stats</c>, <c>/api/v1/regions/{kodeWilayah}/stats</c>, <c>/api/v1/schools/{npsn}/stats</c> and <c>POST /api/v1/schools/{npsn}/sync</c>.</summary>
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Statistics");
        api.MapGet("stats", NationalAsync).RequireAuthorization(BelajarPolicies.Pusdatin)
            .WithName("NationalStats").WithSummary("The national funnel and each province's.");
        api.MapGet("regions/{kodeWilayah}/stats", RegionAsync).RequireRegionScope()
            .WithName("RegionStats").WithSummary("A province's funnel by kabupaten/kota, or a kabupaten/kota's by school.");
        api.MapGet("schools/{npsn}/stats", SchoolAsync).RequireSchoolScope()
            .WithName("SchoolStats").WithSummary("A school's funnel.");
        api.MapPost("schools/{npsn}/sync", SyncAsync).RequireSchoolScope()
            .WithName("SyncSchool").WithSummary("Reads the school's users from Google now and applies their activation status; 429 + Retry-After when asked again too soon.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<Ok<FunnelResponse>> NationalAsync(IGrainFactory grains) =>
        TypedResults.Ok(FunnelResponse.Of(await grains.GetGrain<IRegionGrain>(GrainKeys.Region(IRegionGrain.NationalKode)).GetStatsAsync()));

    public static async Task<Results<Ok<FunnelResponse>, ProblemHttpResult>> RegionAsync(string kodeWilayah, IGrainFactory grains)
    {
        if (kodeWilayah.Length != 6 || !kodeWilayah.All(char.IsAsciiDigit))
        {
            return BelajarProblems.BadRequest($"kodeWilayah '{kodeWilayah}' bukan kode wilayah 6 angka: berikan provinsi (mis. 010000) atau kabupaten/kota (mis. 010100).");
        }

        var stats = await grains.GetGrain<IRegionGrain>(GrainKeys.Region(kodeWilayah)).GetStatsAsync();
        if (stats.Children.Count == 0 && kodeWilayah != IRegionGrain.NationalKode)
        {
            return BelajarProblems.NotFound($"Belum ada akun yang dikenal di wilayah {kodeWilayah}: periksa kodenya (provinsi berakhiran 0000, kabupaten/kota 00), atau tunggu proses penyediaan akun.");
        }

        return TypedResults.Ok(FunnelResponse.Of(stats));
    }

    public static async Task<Results<Ok<FunnelResponse>, ProblemHttpResult>> SchoolAsync(string npsn, IGrainFactory grains)
    {
        var school = grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
        if (await school.GetInfoAsync() is not { } info)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya, atau tunggu sampai proses penyediaan akun membawanya.");
        }

        return TypedResults.Ok(FunnelResponse.Of(info.Npsn, info.Nama, await school.GetCountersAsync()));
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> SyncAsync(
        string npsn, IGrainFactory grains, SyncThrottle throttle, ActionLimiter limits, HttpContext context)
    {
        var school = grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
        if (await school.GetInfoAsync() is null)
        {
            return BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya, atau tunggu sampai proses penyediaan akun membawanya.");
        }

        if (limits.TrySync(context) is { } tooMany)
        {
            return tooMany;
        }

        // Coalesced by the school's grain (cluster-wide): one sync per interval, whoever asks through whichever api replica. A
        // large school's sync takes a while: it runs on, the funnel shows its result.
        var wait = await school.RequestSyncAsync(throttle.MinimumInterval);
        throttle.Remember(npsn, wait);
        if (wait > TimeSpan.Zero)
        {
            return ActionLimiter.TooMany(context, wait,
                $"Sekolah {npsn} baru saja disinkronkan; hasil sinkronisasi terakhir muncul di ringkasan sekolah");
        }

        return TypedResults.Accepted($"/api/v1/schools/{npsn}/stats");
    }
}
