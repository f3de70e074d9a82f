using Belajar.LocalServices;
using Belajar.TestSupport;
using Npgsql;
using Orleans.Runtime;

namespace Belajar.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ClusterMembershipTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    private const int Active = 3;
    private const int Dead = 6;

    [Fact]
    public async Task Two_silos_form_one_cluster_through_the_membership_table()
    {
        var hosts = await Cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

        Assert.Equal(2, hosts.Count);
        foreach (var silo in Cluster.Silos)
        {
            Assert.Equal(Active, await StatusAsync(silo.SiloAddress));
        }
    }

    [Fact]
    public async Task A_killed_silo_is_declared_dead_in_the_membership_table()
    {
        var victim = Cluster.Silos[1];

        await Cluster.KillSiloAsync(victim);

        await Poll.UntilAsync(() => StatusAsync(victim.SiloAddress), s => s == Dead, TimeSpan.FromSeconds(60), "the killed silo to be declared dead");
        Assert.Equal(Active, await StatusAsync(Cluster.Silos[0].SiloAddress));
    }

    private async Task<int?> StatusAsync(SiloAddress silo) =>
        (int?)await QueryAsync("SELECT Status FROM orleans_membership WHERE Address = @a AND Port = @p AND Generation = @g", silo);

    private async Task<object?> QueryAsync(string sql, SiloAddress silo)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("a", silo.Endpoint.Address.ToString());
        command.Parameters.AddWithValue("p", silo.Endpoint.Port);
        command.Parameters.AddWithValue("g", silo.Generation);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }
}
