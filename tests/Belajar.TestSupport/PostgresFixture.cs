using Belajar.LocalServices;
using Xunit;

namespace Belajar.TestSupport;

/// <summary>
/// The <see cref="LocalPostgres"/> server of a test run, shared through an xunit collection fixture. Each test class asks
/// <see cref="CreateDatabaseAsync"/> for its own fresh database.
/// <para>Use it by declaring, in the test assembly (xunit finds collection definitions only there):
/// <c>[CollectionDefinition(PostgresCollection.Name)] public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;</c>
/// and marking test classes <c>[Collection(PostgresCollection.Name)]</c>.</para>
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private LocalPostgres? _postgres;

    /// <summary>Connection string of the server's maintenance database (postgres).</summary>
    public string AdminConnectionString => Server.AdminConnectionString;

    private LocalPostgres Server => _postgres ?? throw new InvalidOperationException("The PostgreSQL fixture is not initialised yet.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _postgres = await LocalPostgres.StartAsync();

    /// <inheritdoc cref="LocalPostgres.CreateDatabaseAsync"/>
    public Task<string> CreateDatabaseAsync(string? prefix = null) => Server.CreateDatabaseAsync(prefix);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
