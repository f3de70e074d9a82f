using Belajar.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Belajar.Integration.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Profile_is_embedded_without_a_connection_string_and_postgres_with_one()
    {
        Assert.True(BelajarProfile.IsEmbedded(Configuration([])));
        Assert.False(BelajarProfile.IsEmbedded(Configuration(new() { ["ConnectionStrings:Belajar"] = "Host=db;Database=belajar" })));
    }

    [Fact]
    public void The_connection_string_prepares_statements_and_skips_the_pool_reset_unless_it_says_otherwise()
    {
        var tuned = new Npgsql.NpgsqlConnectionStringBuilder(
            BelajarProfile.ConnectionString(Configuration(new() { ["ConnectionStrings:Belajar"] = "Host=db;Database=belajar" })));
        var own = new Npgsql.NpgsqlConnectionStringBuilder(BelajarProfile.Tune("Host=db;Database=belajar;Max Auto Prepare=0;No Reset On Close=false"));

        Assert.Equal(BelajarProfile.AutoPreparedStatements, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
        Assert.Equal(0, own.MaxAutoPrepare);
        Assert.False(own.NoResetOnClose);
        Assert.Equal("not a connection string", BelajarProfile.Tune("not a connection string")); // left for validation to explain
    }

    [Fact]
    public void Silo_refuses_an_invalid_cluster_id_and_port_with_messages_that_say_what_to_fix()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orleans:ClusterId"] = "my cluster!",
            ["Orleans:SiloPort"] = "70000",
        });

        var error = Assert.Throws<OptionsValidationException>(() => builder.AddBelajarSilo());

        Assert.Contains(error.Failures, f => f.StartsWith("Orleans:ClusterId 'my cluster!' must be", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Orleans:SiloPort 70000 is not a TCP port", StringComparison.Ordinal));
    }

    [Fact]
    public void Client_refuses_a_connection_string_that_is_not_postgres()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Belajar"] = "Server=db;Colour=blue" });

        var error = Assert.Throws<OptionsValidationException>(() => builder.AddBelajarClient());

        Assert.Contains(error.Failures, f => f.StartsWith("ConnectionStrings:Belajar is not a PostgreSQL connection string", StringComparison.Ordinal));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
