using Belajar.Abstractions.SignIn;
using Belajar.Api.Runs;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Belajar.Integration.Tests;

/// <summary>The committed sample's demo operators reach the cluster in the embedded default only.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SampleOperatorsTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    // the first operator of samples/snapshot/pengguna.csv
    private const string SampleOperator = "h.maruf.112345671@gmail.com";

    [Fact]
    public async Task The_embedded_default_imports_the_sample_operators_into_its_cluster()
    {
        await using var app = await LocalApp.StartAsync(new LocalAppOptions { Name = "sample-operators" });

        var lookup = await app.Grains.GetGrain<IOperatorShardGrain>(IOperatorShardGrain.KeyOf(SampleOperator)).FindAsync(SampleOperator);

        Assert.NotNull(lookup.Operator);
        Assert.Equal(4, lookup.HashCost);
    }

    [Fact]
    public async Task The_development_host_in_the_postgres_profile_imports_no_sample_snapshot()
    {
        await using var host = new WebApplicationFactory<Belajar.DevHost.DevelopmentHost>().WithWebHostBuilder(web =>
        {
            web.UseClusterOf(Cluster, Database);
            web.UseSetting("Identity:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        });
        _ = host.Server;

        var lookup = await Cluster.Client.GetGrain<IOperatorShardGrain>(IOperatorShardGrain.KeyOf(SampleOperator)).FindAsync(SampleOperator);

        Assert.Null(host.Services.GetRequiredService<IOptions<StartupRunOptions>>().Value.Snapshot);
        Assert.Null(lookup.Operator);
    }
}
