using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Belajar.Lifecycle.Tests.Http;

/// <summary>
/// The authorization matrix generated from the api host's endpoint data source: every mapped endpoint, called over HTTP by
/// seven callers, answers the status of <see cref="Expected"/>. A new endpoint without an entry there, or without an explicit
/// policy or <c>AllowAnonymous</c>, fails; so does an entry whose endpoint is gone.
/// </summary>
public sealed class EndpointMatrixTests(StatsApp app, ITestOutputHelper output) : IClassFixture<StatsApp>
{
    /// <summary>The callers, in the order of the statuses of <see cref="Expected"/>.</summary>
    private static readonly string[] Callers = ["anonymous", "operator-own", "operator-other", "dinas-own", "dinas-other", "admin-wilayah", "pusdatin"];

    /// <summary>
    /// Route pattern + method → the status each caller gets, in the order of <see cref="Callers"/>: anonymous, operator of the
    /// school ({npsn} = its school), the same operator on another school, Dinas of the province ({kodeWilayah} = its province,
    /// {npsn} = a school of it), the same Dinas on another province and its school, the regional administrator of the
    /// kabupaten ({kodeWilayah} = the kabupaten of the operator's school, as for every caller but Dinas), Pusdatin. Unknown
    /// ids ({runId}, {userId}, {nominationId}, {adminId}) are not found where allowed.
    /// </summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        // public: sign-in, the pages' shells (their data comes from the api), probes, metrics (internal network), API description
        ["POST /api/v1/auth/token"] = "400 400 400 400 400 400 400", // {} is no sign-in
        ["POST /api/v1/auth/change-password"] = "400 400 400 400 400 400 400", // {} names no one: the current password is the proof
        ["DELETE /api/v1/dashboards/session"] = "204 204 204 204 204 204 204",
        ["GET /"] = "200 200 200 200 200 200 200",
        ["GET /sekolah/{npsn}"] = "200 200 200 200 200 200 200",
        ["GET /wilayah/{kodeWilayah}"] = "200 200 200 200 200 200 200",
        ["GET /ops"] = "200 200 200 200 200 200 200",
        ["GET /assets/{file}"] = "200 200 200 200 200 200 200",
        ["GET /health/live"] = "200 200 200 200 200 200 200",
        ["GET /health/ready"] = "200 200 200 200 200 200 200",
        ["GET /metrics"] = "200 200 200 200 200 200 200",
        ["GET /openapi/{documentName}.json"] = "200 200 200 200 200 200 200",
        ["GET /scalar/{documentName?}"] = "200 200 200 200 200 200 200",
        ["GET /scalar/scalar.js"] = "200 200 200 200 200 200 200",
        ["GET /scalar/scalar.aspnetcore.js"] = "200 200 200 200 200 200 200",
        ["GET /scalar/favicon.svg"] = "200 200 200 200 200 200 200",

        // the school's operator and Pusdatin
        ["GET /api/v1/schools/{npsn}/accounts/"] = "401 400 403 403 403 403 400", // without ?kind=
        ["GET /api/v1/schools/{npsn}/accounts/all"] = "401 200 403 403 403 403 200",
        ["GET /api/v1/schools/{npsn}/accounts/cards"] = "401 200 403 403 403 403 200",
        ["GET /api/v1/schools/{npsn}/accounts/list"] = "401 200 403 403 403 403 200",
        ["GET /api/v1/schools/{npsn}/summary"] = "401 200 403 403 403 403 200",
        ["GET /api/v1/schools/{npsn}/stats"] = "401 200 403 403 403 403 200",
        ["POST /api/v1/schools/{npsn}/accounts/{userId}/reset-password"] = "401 404 403 403 403 403 404",
        ["POST /api/v1/schools/{npsn}/accounts/{userId}/reactivate"] = "401 404 403 403 403 403 404",
        ["POST /api/v1/schools/{npsn}/accounts/{userId}/password-after-activation"] = "401 400 403 403 403 403 400", // {} confirms nothing
        ["POST /api/v1/schools/{npsn}/sync"] = "401 202 403 403 403 403 429", // Pusdatin passes, then meets the school's minimum interval

        // Dinas and regional administrators of the region (or a parent), and Pusdatin
        ["GET /api/v1/regions/{kodeWilayah}/stats"] = "401 403 403 200 403 200 200",
        ["GET /api/v1/regions/{kodeWilayah}/schools/"] = "401 403 403 200 403 200 200",
        ["GET /api/v1/regions/{kodeWilayah}/schools/{npsn}/accounts"] = "401 403 403 200 403 200 200",
        ["POST /api/v1/regions/{kodeWilayah}/schools/{npsn}/accounts/{userId}/reactivate"] = "401 403 403 404 403 404 404",
        ["GET /api/v1/regions/{kodeWilayah}/admins/"] = "401 403 403 200 403 200 200",
        ["GET /api/v1/dashboards/regions/{kodeWilayah}"] = "401 403 403 200 403 200 200",

        // a Dinas nominates for its own region ({} names nobody); Pusdatin decides
        ["POST /api/v1/regions/{kodeWilayah}/admin-nominations"] = "401 403 403 400 403 403 403",
        ["GET /api/v1/admin-nominations/"] = "401 403 403 403 403 403 200",
        ["POST /api/v1/admin-nominations/{nominationId}/approve"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/admin-nominations/{nominationId}/reject"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/admin-nominations/{nominationId}/resend"] = "401 403 403 403 403 403 404",
        ["DELETE /api/v1/regions/{kodeWilayah}/admins/{adminId}"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/regions/{kodeWilayah}/admins/{adminId}/reissue"] = "401 403 403 403 403 403 400",

        // Pusdatin only
        ["GET /api/v1/stats"] = "401 403 403 403 403 403 200",
        ["GET /api/v1/audit"] = "401 403 403 403 403 403 200",
        ["GET /api/v1/dashboards/ops"] = "401 403 403 403 403 403 200",
        ["POST /api/v1/dashboards/session"] = "401 403 403 403 403 403 204",
        ["POST /api/v1/runs/"] = "401 403 403 403 403 403 400", // {} names no snapshot
        ["GET /api/v1/runs/"] = "401 403 403 403 403 403 200",
        ["GET /api/v1/runs/{runId}"] = "401 403 403 403 403 403 404",
        ["GET /api/v1/runs/{runId}/report"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/runs/{runId}/pause"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/runs/{runId}/resume"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/runs/{runId}/retry-failed"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/runs/{runId}/approve"] = "401 403 403 403 403 403 404",
        ["POST /api/v1/runs/{runId}/cancel"] = "401 403 403 403 403 403 404",

        // the Orleans dashboard (Pusdatin; "ok" = let through, whatever the dashboard answers for a made-up silo or grain)
        ["GET /dashboard/"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/index.html"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/index.css"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/index.min.js"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/favicon.ico"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/fonts/{**path}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/img/{**path}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/version"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/ClusterStats"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/DashboardCounters"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/GrainState"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/GrainStats/{*grainName}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/GrainTypes"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/HistoricalStats/{*path}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/LifecycleStages"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/Reminders"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/Reminders/{page:int}"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/SiloCounters/{*address}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/SiloMetadata/{*address}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/SiloProperties/{*address}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/SiloStats/{*address}"] = "401 403 403 403 403 403 ok",
        ["GET /dashboard/TopGrainMethods"] = "401 403 403 403 403 403 200",
        ["GET /dashboard/Trace"] = "401 403 403 403 403 403 403", // Pusdatin too: the dashboard's own "trace endpoint is disabled"
    };

    [Fact]
    public void Every_endpoint_has_an_explicit_policy_or_allows_anonymous_callers_explicitly()
    {
        var implicitOnes = Endpoints()
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.Key)
            .ToList();

        Assert.True(implicitOnes.Count == 0, "Endpoints without RequireAuthorization(...) or AllowAnonymous(): " + string.Join(", ", implicitOnes));
    }

    [Fact]
    public void Every_endpoint_has_an_entry_in_the_matrix_and_every_entry_an_endpoint()
    {
        var mapped = Endpoints().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        Assert.True(mapped.SetEquals(Expected.Keys), $"Not in the matrix: {string.Join(", ", mapped.Except(Expected.Keys))}; no such endpoint: {string.Join(", ", Expected.Keys.Except(mapped))}");
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_with_the_status_of_the_matrix()
    {
        await RunOnceAsync();
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = app.Anonymous(),
            ["operator"] = await app.SignedInAsync(app.Sample.OperatorA, app.Sample.OperatorAPassword),
            ["dinas"] = await app.SignedInAsync(StatsApp.DinasUser, StatsApp.Password),
            ["admin-wilayah"] = await app.SignedInAsync(StatsApp.AdminWilayahUser, StatsApp.Password),
            ["pusdatin"] = await app.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password),
        };
        var wrong = new List<string>();
        var actual = new StringBuilder();
        foreach (var (key, endpoint) in Endpoints().OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var statuses = new List<int>();
            foreach (var caller in Callers)
            {
                var other = caller.EndsWith("-other", StringComparison.Ordinal);
                var client = clients[caller.Replace("-own", "", StringComparison.Ordinal).Replace("-other", "", StringComparison.Ordinal)];
                var dinas = caller.StartsWith("dinas", StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(key[..key.IndexOf(' ', StringComparison.Ordinal)]), Path(endpoint.RoutePattern.RawText!, other, dinas));
                if (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put)
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                statuses.Add((int)response.StatusCode);
            }

            var line = string.Join(' ', statuses);
            actual.AppendLine($"        [\"{key}\"] = \"{line}\",");
            if (!Expected.TryGetValue(key, out var expected) || !Matches(expected, statuses))
            {
                wrong.Add($"{key}: expected {expected ?? "(no entry)"}, got {line}");
            }
        }

        output.WriteLine(actual.ToString());
        Assert.True(wrong.Count == 0, "Callers (" + string.Join(", ", Callers) + ") got other statuses than the matrix:\n" + string.Join("\n", wrong));
    }

    /// <summary>Each expected status equals the actual one; <c>ok</c> stands for any status but 401 and 403 (let through).</summary>
    private static bool Matches(string expected, List<int> actual)
    {
        var parts = expected.Split(' ');
        return parts.Length == actual.Count && parts.Zip(actual).All(p => p.First == "ok"
            ? p.Second is not (401 or 403)
            : p.First == p.Second.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task RunOnceAsync()
    {
        if ((await app.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password)) is { } pusdatin
            && (await pusdatin.GetStringAsync("/api/v1/runs")).Contains("Completed", StringComparison.Ordinal))
        {
            return;
        }

        await app.RunSampleAsync();
    }

    /// <summary>Every routed endpoint of the host as <c>"METHOD /pattern"</c> (one entry per method).</summary>
    private List<(string Key, RouteEndpoint Endpoint)> Endpoints() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => ($"{m} /{e.RoutePattern.RawText!.TrimStart('/')}", e)))
        .ToList();

    /// <summary>The pattern with each route parameter (<c>{name}</c>, <c>{*name}</c>, <c>{name:int}</c>, <c>{name?}</c>) filled in.</summary>
    private string Path(string pattern, bool other, bool province)
    {
        var s = app.Sample;
        var path = Regex.Replace(pattern.TrimStart('/'), @"\{\**(?<name>\w+)(:[^}?]*)?\??\}", m => m.Groups["name"].Value switch
        {
            "npsn" => other ? s.SchoolB : s.SchoolA,
            "kodeWilayah" => (other, province) switch
            {
                (false, false) => s.KabupatenA,
                (true, false) => s.KabupatenB,
                (false, true) => s.ProvinceA,
                (true, true) => s.ProvinceB,
            },
            "runId" => "run-20000101-000000-0000",
            "userId" => "tidak.ada@sd.belajar.id",
            "nominationId" => "nom-tidak-ada",
            "adminId" => "adm-tidak-ada",
            "file" => "ops.js",
            "documentName" => "v1",
            "page" => "1",
            _ => "x",
        });
        return "/" + path;
    }
}
