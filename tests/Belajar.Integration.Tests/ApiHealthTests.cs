using System.Net;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Belajar.LocalServices;

namespace Belajar.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ApiHealthTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    [Fact]
    public async Task Api_in_the_postgres_profile_is_a_client_of_the_cluster_and_reports_ready()
    {
        await using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseClusterOf(Cluster, Database);
            web.UseSetting("Identity:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        });
        using var http = api.CreateClient();

        var live = await http.GetAsync("/health/live");
        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("2 active silo(s)", body, StringComparison.Ordinal);
        Assert.Contains("schema version", body, StringComparison.Ordinal);
        Assert.Null(api.Services.GetService(typeof(Orleans.Runtime.ILocalSiloDetails)));
    }

    [Fact]
    public async Task Development_host_without_a_connection_string_co_hosts_a_silo_and_reports_ready()
    {
        await using var api = new WebApplicationFactory<Belajar.DevHost.DevelopmentHost>();
        using var http = api.CreateClient();

        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("1 active silo(s)", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(api.Services.GetService(typeof(Orleans.Runtime.ILocalSiloDetails)));
    }
}
