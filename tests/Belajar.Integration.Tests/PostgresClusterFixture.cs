using Belajar.LocalServices;
using Belajar.TestSupport;
using Orleans.TestingHost;

namespace Belajar.Integration.Tests;

/// <summary>A two-silo test cluster in the PostgreSQL profile, on its own fresh database.</summary>
public abstract class PostgresClusterTest(PostgresFixture postgres) : IAsyncLifetime
{
    protected TestCluster Cluster { get; private set; } = null!;

    protected string Database { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Database = await postgres.CreateDatabaseAsync(GetType().Name);
        Cluster = BelajarTestCluster.CreateBuilder(Database, silos: 2).Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
