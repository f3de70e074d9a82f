using System.Net;
using System.Net.Http.Json;
using Belajar.Api.Stats;

namespace Belajar.Lifecycle.Tests.Http;

[Collection(StatsCollection.Name)]
public sealed class StatsFunnelTests(StatsScenario scenario)
{
    private SampleSnapshot Sample => scenario.Sample;

    [Fact]
    public async Task School_stats_count_the_download_the_sign_ins_the_sync_and_the_deadline()
    {
        var operatorA = await scenario.App.SignedInAsync(Sample.OperatorA, Sample.OperatorAPassword);

        var school = await GetAsync(operatorA, $"/api/v1/schools/{Sample.SchoolA}/stats");

        Assert.Equal(Sample.SchoolA, school.Kode);
        var expected = scenario.ExpectedFor([Sample.SchoolA]);
        Assert.Equal(expected, Funnel.Of(school));
        Assert.Equal(scenario.Downloaded, school.Distributed); // still counted after the deadline deactivated most of them
        Assert.Equal(expected.Created - StatsScenario.SignedIn, school.Deactivated);
        Assert.Empty(school.Children);
    }

    [Fact]
    public async Task Region_stats_roll_the_schools_up_to_kabupaten_and_province_with_children()
    {
        var pusdatin = await scenario.App.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password);

        var kabupaten = await GetAsync(pusdatin, $"/api/v1/regions/{Sample.KabupatenA}/stats");
        var province = await GetAsync(pusdatin, $"/api/v1/regions/{Sample.ProvinceA}/stats");

        var schoolsOfKabupaten = kabupaten.Children.Select(c => c.Kode).ToList();
        Assert.Contains(Sample.SchoolA, schoolsOfKabupaten);
        Assert.Equal(scenario.ExpectedFor(schoolsOfKabupaten), Funnel.Of(kabupaten));
        Assert.Equal(scenario.ExpectedFor([Sample.SchoolA]), Funnel.Of(kabupaten.Children.Single(c => c.Kode == Sample.SchoolA)));
        Assert.Equal(Funnel.Of(kabupaten), Funnel.Of(province.Children.Single(c => c.Kode == Sample.KabupatenA)));
        Assert.All(province.Children, c => Assert.StartsWith(Sample.ProvinceA[..2], c.Kode, StringComparison.Ordinal));
        Assert.Equal(province.Eligible, province.Children.Sum(c => c.Eligible));
    }

    [Fact]
    public async Task National_stats_match_the_run_and_the_scenario_by_province()
    {
        var pusdatin = await scenario.App.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password);

        var national = await GetAsync(pusdatin, "/api/v1/stats");

        var run = scenario.Run;
        var expected = new Funnel(run.AccountsEligible, run.AccountsCreated, scenario.Downloaded, StatsScenario.SignedIn, StatsScenario.SignedIn,
            run.AccountsCreated - StatsScenario.SignedIn, run.AccountsFailed);
        Assert.Equal(expected, Funnel.Of(national));
        Assert.Equal(scenario.ExpectedFor(Sample.Npsns), expected);
        Assert.Contains(national.Children, c => c.Kode == Sample.ProvinceA && c.Distributed == scenario.Downloaded && c.Activated == StatsScenario.SignedIn);
        Assert.Contains(national.Children, c => c.Kode == Sample.ProvinceB && c.Distributed == 0 && c.Activated == 0 && c.Deactivated == c.Created);
        Assert.Equal(national.Eligible, national.Children.Sum(c => c.Eligible));
    }

    [Fact]
    public void Sync_request_is_accepted_and_points_at_the_school_stats()
    {
        Assert.Equal(HttpStatusCode.Accepted, scenario.SyncResponse.StatusCode);
        Assert.Equal($"/api/v1/schools/{Sample.SchoolA}/stats", scenario.SyncResponse.Headers.Location?.OriginalString);
    }

    private static async Task<FunnelResponse> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<FunnelResponse>(StatsApp.Json))!;
    }
}
