using System.Net;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Npgsql;
using Orleans.Runtime;

namespace Belajar.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class SiloProcessTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    private const int Dead = 6;

    [Fact]
    public async Task A_silo_process_joins_the_cluster_reports_ready_and_is_declared_dead_by_the_survivors_when_killed()
    {
        var siloPort = SiloProcess.FreePort();
        await using var silo = SiloProcess.Start(new Dictionary<string, string>(ClusterSecrets.Settings())
        {
            ["ConnectionStrings:Belajar"] = Database,
            ["Orleans:ClusterId"] = Cluster.Options.ClusterId,
            ["Orleans:ServiceId"] = Cluster.Options.ServiceId,
            ["Orleans:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
        });
        using var http = new HttpClient { BaseAddress = silo.HttpAddress };
        var management = Cluster.Client.GetGrain<IManagementGrain>(0);

        await Poll.UntilAsync(() => management.GetHosts(onlyActive: true), h => h.Count == 3, TimeSpan.FromSeconds(90), () => $"the silo process to join the cluster. Its output:\n{silo.Output}");
        var ready = await Poll.UntilAsync(() => http.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the silo process to report ready");
        Assert.Contains("\"schema\":{\"status\":\"Healthy\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        silo.Kill();

        var (status, suspectTimes) = await Poll.UntilAsync(() => RowAsync(siloPort), r => r.Status == Dead, TimeSpan.FromSeconds(90), "the killed silo process to be declared dead");
        Assert.Equal(Dead, status);
        Assert.Contains(Cluster.Silos, s => suspectTimes?.Contains(s.SiloAddress.ToParsableString(), StringComparison.Ordinal) == true);
    }

    private async Task<(int Status, string? SuspectTimes)> RowAsync(int port)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT Status, SuspectTimes FROM orleans_membership WHERE Port = @p", connection);
        command.Parameters.AddWithValue("p", port);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : (0, null);
    }
}
