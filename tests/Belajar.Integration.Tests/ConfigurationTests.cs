using Belajar.Hosting;
using Belajar.TestSupport;
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

    [Fact]
    public void A_postgres_silo_without_password_keys_nik_pepper_directory_account_or_snapshot_root_refuses_to_start_naming_each_setting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Belajar"] = "Host=db;Database=belajar" });

        var error = Assert.Throws<OptionsValidationException>(() => builder.AddBelajarSilo());

        Assert.Contains(error.Failures, f => f.Contains("Secrets:PasswordKeys must hold a key", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Secrets:NikPepper", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Directory: set ServiceAccountKeyPath", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Runs:SnapshotRoot must be the folder every silo mounts", StringComparison.Ordinal));
        Assert.All(error.Failures, f => Assert.StartsWith("PostgreSQL profile", f, StringComparison.Ordinal));
    }

    [Fact]
    public void A_postgres_silo_with_its_secrets_configured_builds_and_an_embedded_silo_needs_none()
    {
        var postgres = Host.CreateApplicationBuilder();
        postgres.Configuration.AddInMemoryCollection(ClusterSecrets.Settings().Append(new("ConnectionStrings:Belajar", "Host=db;Database=belajar"))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        var embedded = Host.CreateApplicationBuilder();

        postgres.AddBelajarSilo();
        embedded.AddBelajarSilo();

        Assert.Empty(RequiredSiloSettings.Problems(postgres.Configuration));
        Assert.NotEmpty(RequiredSiloSettings.Problems(embedded.Configuration)); // nothing configured, yet the embedded silo is built
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
