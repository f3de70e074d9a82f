using Npgsql;

namespace Belajar.LocalServices;

/// <summary>
/// A PostgreSQL server for a test run or a benchmark: a throwaway server (removed on dispose), or the existing server whose
/// connection string is in env <c>BELAJAR_TEST_PG</c>. Each user asks <see cref="CreateDatabaseAsync"/> for its own fresh database.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    /// <summary>The environment variable naming an existing server to use instead of a throwaway one.</summary>
    public const string ExistingServerVariable = "BELAJAR_TEST_PG";

    private readonly PostgresServer? _server;

    private LocalPostgres(PostgresServer? server, string adminConnectionString)
    {
        _server = server;
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>Connection string of the server's maintenance database (postgres).</summary>
    public string AdminConnectionString { get; }

    /// <summary>Starts a throwaway server, or connects to the one named by <see cref="ExistingServerVariable"/>.</summary>
    public static async Task<LocalPostgres> StartAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return new LocalPostgres(null, existing);
        }

        var server = await PostgresServer.StartAsync();
        return new LocalPostgres(server, server.AdminConnectionString);
    }

    /// <summary>
    /// Creates an empty database with a unique name and answers its connection string
    /// (pooled, at most 50 connections per pool, so that several silos and clients fit the server).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = $"{Sanitize(prefix ?? "belajar")}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            Pooling = true,
            MaxPoolSize = 50,
        };
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
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
