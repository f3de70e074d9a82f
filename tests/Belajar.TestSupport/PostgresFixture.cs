using Xunit;
using Npgsql;

namespace Belajar.TestSupport;

/// <summary>
/// A PostgreSQL server for a test run, shared through an xunit collection fixture. It starts a throwaway server
/// (removed afterwards), or uses the server whose connection string is in env <c>BELAJAR_TEST_PG</c>.
/// Each test class asks <see cref="CreateDatabaseAsync"/> for its own fresh database.
/// <para>Use it by declaring, in the test assembly (xunit finds collection definitions only there):
/// <c>[CollectionDefinition(PostgresCollection.Name)] public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;</c>
/// and marking test classes <c>[Collection(PostgresCollection.Name)]</c>.</para>
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>The environment variable naming an existing server to use instead of a throwaway one.</summary>
    public const string ExistingServerVariable = "BELAJAR_TEST_PG";

    private PostgresServer? _server;
    private string _adminConnectionString = "";

    /// <summary>Connection string of the server's maintenance database (postgres).</summary>
    public string AdminConnectionString => _adminConnectionString;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            _adminConnectionString = existing;
            return;
        }

        _server = await PostgresServer.StartAsync();
        _adminConnectionString = _server.AdminConnectionString;
    }

    /// <summary>
    /// Creates an empty database with a unique name and answers its connection string
    /// (pooled, at most 50 connections per pool, so that several silos and clients fit the server).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = $"{Sanitize(prefix ?? "belajar")}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = name,
            Pooling = true,
            MaxPoolSize = 50,
        };
        return builder.ConnectionString;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static string Sanitize(string prefix) =>
        new(prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(30).ToArray());
}
