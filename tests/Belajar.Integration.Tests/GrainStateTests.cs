using Belajar.Integration.Tests.Grains;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Npgsql;

namespace Belajar.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class GrainStateTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    private static ProbeState Sample() => new()
    {
        Name = "Siti Aminah",
        At = new DateTimeOffset(2021, 6, 30, 23, 59, 59, TimeSpan.FromHours(7)),
        Tags = ["sd", "kelas-5"],
        Counts = new() { ["created"] = 3, ["activated"] = 1 },
        Kind = ProbeKind.PesertaDidik,
        Amount = 12.50m,
        Id = Guid.Parse("0b7a3c1e-52a4-4c55-9f0e-3d1b6f2a9c11"),
    };

    [Fact]
    public async Task Stored_state_reads_back_equal_after_reactivation_and_is_stored_as_plain_json()
    {
        var grain = Cluster.Client.GetGrain<IStateProbeGrain>("probe-roundtrip");
        await grain.SaveAsync(Sample());

        await grain.DeactivateAsync();
        var read = await grain.LoadAsync();

        Assert.NotNull(read);
        Assert.Equivalent(Sample(), read, strict: true);
        var payload = await PayloadAsync("state-probe");
        Assert.StartsWith("{", payload, StringComparison.Ordinal);
        Assert.Contains("\"Name\":\"Siti Aminah\"", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_survives_the_death_of_the_silo_that_held_it_and_is_read_on_another()
    {
        var grain = Cluster.Client.GetGrain<IStateProbeGrain>("probe-survivor");
        await grain.SaveAsync(Sample());
        var holder = await grain.GetSiloAsync();

        await Cluster.KillSiloAsync(Cluster.Silos.Single(s => s.SiloAddress.Equals(holder)));

        var newHolder = await Poll.UntilAsync(grain.GetSiloAsync, s => !s.Equals(holder), TimeSpan.FromSeconds(60), "the grain to move to the surviving silo");
        Assert.Equal(Cluster.Silos.Single().SiloAddress, newHolder);
        Assert.Equivalent(Sample(), await grain.LoadAsync(), strict: true);
    }

    private async Task<string> PayloadAsync(string stateName)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT convert_from(PayloadBinary, 'UTF8') FROM orleans_storage WHERE GrainTypeString = @t", connection);
        command.Parameters.AddWithValue("t", stateName);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
