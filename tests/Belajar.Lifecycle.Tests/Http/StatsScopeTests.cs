using System.Net;

namespace Belajar.Lifecycle.Tests.Http;

/// <summary>Who may read which funnel and ask which sync: exact statuses (placeholders stand for the sample's schools and regions).</summary>
[Collection(StatsCollection.Name)]
public sealed class StatsScopeTests(StatsScenario scenario)
{
    public static TheoryData<string, string, string, HttpStatusCode> Matrix => new()
    {
        // who, method, path, status
        { "anonymous", "GET", "/api/v1/stats", HttpStatusCode.Unauthorized },
        { "anonymous", "GET", "/api/v1/regions/{provA}/stats", HttpStatusCode.Unauthorized },
        { "anonymous", "GET", "/api/v1/schools/{A}/stats", HttpStatusCode.Unauthorized },
        { "anonymous", "POST", "/api/v1/schools/{A}/sync", HttpStatusCode.Unauthorized },

        { "pusdatin", "GET", "/api/v1/stats", HttpStatusCode.OK },
        { "pusdatin", "GET", "/api/v1/regions/{provB}/stats", HttpStatusCode.OK },
        { "pusdatin", "GET", "/api/v1/regions/{kabA}/stats", HttpStatusCode.OK },
        { "pusdatin", "GET", "/api/v1/schools/{B}/stats", HttpStatusCode.OK },
        { "pusdatin", "POST", "/api/v1/schools/{B}/sync", HttpStatusCode.Accepted },
        { "pusdatin", "GET", "/api/v1/schools/20999999/stats", HttpStatusCode.NotFound },
        { "pusdatin", "POST", "/api/v1/schools/20999999/sync", HttpStatusCode.NotFound },
        { "pusdatin", "GET", "/api/v1/regions/990000/stats", HttpStatusCode.NotFound },
        { "pusdatin", "GET", "/api/v1/regions/0100/stats", HttpStatusCode.BadRequest },

        { "dinas", "GET", "/api/v1/stats", HttpStatusCode.Forbidden },
        { "dinas", "GET", "/api/v1/regions/{provA}/stats", HttpStatusCode.OK },
        { "dinas", "GET", "/api/v1/regions/{kabA}/stats", HttpStatusCode.OK },
        { "dinas", "GET", "/api/v1/regions/{provB}/stats", HttpStatusCode.Forbidden },
        { "dinas", "GET", "/api/v1/regions/{kabB}/stats", HttpStatusCode.Forbidden },
        { "dinas", "GET", "/api/v1/schools/{A}/stats", HttpStatusCode.Forbidden },
        { "dinas", "POST", "/api/v1/schools/{A}/sync", HttpStatusCode.Forbidden },

        { "adminWilayah", "GET", "/api/v1/stats", HttpStatusCode.Forbidden },
        { "adminWilayah", "GET", "/api/v1/regions/{kabA}/stats", HttpStatusCode.OK },
        { "adminWilayah", "GET", "/api/v1/regions/{provA}/stats", HttpStatusCode.Forbidden },
        { "adminWilayah", "GET", "/api/v1/regions/{kabB}/stats", HttpStatusCode.Forbidden },
        { "adminWilayah", "GET", "/api/v1/schools/{A}/stats", HttpStatusCode.Forbidden },
        { "adminWilayah", "POST", "/api/v1/schools/{A}/sync", HttpStatusCode.Forbidden },

        { "operatorA", "GET", "/api/v1/stats", HttpStatusCode.Forbidden },
        { "operatorA", "GET", "/api/v1/regions/{kabA}/stats", HttpStatusCode.Forbidden },
        { "operatorA", "GET", "/api/v1/schools/{A}/stats", HttpStatusCode.OK },
        { "operatorA", "GET", "/api/v1/schools/{B}/stats", HttpStatusCode.Forbidden },
        { "operatorA", "POST", "/api/v1/schools/{A}/sync", HttpStatusCode.Accepted },
        { "operatorA", "POST", "/api/v1/schools/{B}/sync", HttpStatusCode.Forbidden },
        { "operatorB", "GET", "/api/v1/schools/{B}/stats", HttpStatusCode.OK },
        { "operatorB", "GET", "/api/v1/schools/{A}/stats", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_its_status_on_stats_and_sync(string who, string method, string path, HttpStatusCode expected)
    {
        var client = await ClientAsync(who);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Resolve(path)));

        Assert.Equal(expected, response.StatusCode);
        if ((int)expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    private string Resolve(string path)
    {
        var s = scenario.Sample;
        return path.Replace("{A}", s.SchoolA, StringComparison.Ordinal).Replace("{B}", s.SchoolB, StringComparison.Ordinal)
            .Replace("{kabA}", s.KabupatenA, StringComparison.Ordinal).Replace("{provA}", s.ProvinceA, StringComparison.Ordinal)
            .Replace("{kabB}", s.KabupatenB, StringComparison.Ordinal).Replace("{provB}", s.ProvinceB, StringComparison.Ordinal);
    }

    private Task<HttpClient> ClientAsync(string who) => who switch
    {
        "anonymous" => Task.FromResult(scenario.App.Anonymous()),
        "pusdatin" => scenario.App.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password),
        "dinas" => scenario.App.SignedInAsync(StatsApp.DinasUser, StatsApp.Password),
        "adminWilayah" => scenario.App.SignedInAsync(StatsApp.AdminWilayahUser, StatsApp.Password),
        "operatorA" => scenario.App.SignedInAsync(scenario.Sample.OperatorA, scenario.Sample.OperatorAPassword),
        "operatorB" => scenario.App.SignedInAsync(scenario.Sample.OperatorB, scenario.Sample.OperatorBPassword),
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "unknown caller"),
    };
}
