using System.Net;
using System.Net.Http.Json;
using Belajar.Abstractions.Runs;
using Belajar.Api.Dashboards;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Pages.Tests;

[Collection(PagesCollection.Name)]
public sealed class MetricsTests(PagesHost host)
{
    private const string School = "11242486";

    [Fact]
    public async Task Metrics_count_the_accounts_the_start_up_run_created_and_the_directory_calls_it_made()
    {
        using var http = await host.ClientAsync();

        var text = await http.GetStringAsync("/metrics");

        var calls = PrometheusText.Sum(text, "belajar_directory_calls_total");
        Assert.Equal(host.StartupRun.AccountsCreated, PrometheusText.Sum(text, "belajar_accounts_created_total"));
        Assert.True(PrometheusText.Sum(text, "belajar_directory_calls_total", "result=\"ok\"") >= host.StartupRun.AccountsCreated);
        Assert.Equal(calls, PrometheusText.Sum(text, "belajar_quota_used_total"));
        Assert.True(PrometheusText.HasMetricStartingWith(text, "orleans_"), "the Orleans meter is missing");
        Assert.True(PrometheusText.HasMetricStartingWith(text, "http_server_request_duration_seconds"), "ASP.NET Core's meter is missing");
    }

    [Fact]
    public async Task Metrics_show_the_newest_runs_progress_and_the_quota_as_last_sampled()
    {
        using var pusdatin = await host.ClientAsync(PagesHost.PusdatinUser, PagesHost.PusdatinPassword);
        using var http = await host.ClientAsync();
        var sampler = host.Services.GetRequiredService<DashboardSampler>();

        await sampler.SampleAsync();
        var newest = (await pusdatin.GetFromJsonAsync<List<RunStatus>>("/api/v1/runs", Json.Options))![0];
        var text = await http.GetStringAsync("/metrics");

        Assert.Equal(newest.SchoolsTotal, PrometheusText.Sum(text, "belajar_run_schools_total"));
        Assert.Equal(newest.SchoolsDone, PrometheusText.Sum(text, "belajar_run_schools_done"));
        Assert.Equal(newest.AccountsCreated, PrometheusText.Sum(text, "belajar_run_accounts_created"));
        Assert.Equal(sampler.Quota!.QueriesPerMinute, PrometheusText.Sum(text, "belajar_quota_limit"));
        Assert.True(sampler.Quota.QueriesPerMinute > 0);
    }

    [Fact]
    public async Task Metrics_count_each_account_sheet_downloaded_by_format()
    {
        using var pusdatin = await host.ClientAsync(PagesHost.PusdatinUser, PagesHost.PusdatinPassword);
        using var http = await host.ClientAsync();
        var before = await http.GetStringAsync("/metrics");

        var csv = await pusdatin.GetAsync($"/api/v1/schools/{School}/accounts?kind=ptk");
        var xlsx = await pusdatin.GetAsync($"/api/v1/schools/{School}/accounts?kind=peserta-didik&format=xlsx");
        var refused = await pusdatin.GetAsync($"/api/v1/schools/{School}/accounts?kind=nobody");
        var after = await http.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(1, PrometheusText.Sum(after, "belajar_downloads_total", "format=\"csv\"") - PrometheusText.Sum(before, "belajar_downloads_total", "format=\"csv\""));
        Assert.Equal(1, PrometheusText.Sum(after, "belajar_downloads_total", "format=\"xlsx\"") - PrometheusText.Sum(before, "belajar_downloads_total", "format=\"xlsx\""));
    }
}
