using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Belajar.Hosting;

/// <summary>
/// Applies the PostgreSQL schema (the numbered, idempotent files embedded from <c>Schema/</c>) and records each
/// version in <c>belajar_schema_version</c>. Several silos may start at once: a session advisory lock lets one
/// apply while the others wait, then find the work done.
/// </summary>
public static partial class SchemaMigrator
{
    /// <summary>The advisory lock key held while applying (ASCII "BELAJAR\0").</summary>
    public const long AdvisoryLockKey = 0x42454C414A415200;

    private const string ResourcePrefix = "Belajar.Hosting.Client.Schema.";

    private static readonly Lazy<IReadOnlyList<SchemaScript>> _scripts = new(LoadScripts);

    /// <summary>The schema files, in version order.</summary>
    public static IReadOnlyList<SchemaScript> Scripts => _scripts.Value;

    /// <summary>The version a current database records.</summary>
    public static int LatestVersion => Scripts[^1].Version;

    /// <summary>Applies every schema file not yet recorded in the database.</summary>
    public static Task ApplyAsync(string connectionString, CancellationToken ct = default) =>
        ApplyAsync(connectionString, NullLogger.Instance, ct);

    /// <summary>Applies every schema file not yet recorded in the database, logging what it does.</summary>
    public static async Task ApplyAsync(string connectionString, ILogger logger, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
        try
        {
            var applied = await GetVersionAsync(connection, ct);
            foreach (var script in Scripts.Where(s => s.Version > applied))
            {
                await ExecuteAsync(connection, script.Sql, ct);
                LogApplied(logger, script.Version, script.Name);
            }

            LogCurrent(logger, LatestVersion, connection.Database);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    /// <summary>The highest version recorded in the database, 0 when the schema was never applied.</summary>
    public static async Task<int> GetVersionAsync(string connectionString, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return await GetVersionAsync(connection, ct);
    }

    private static async Task<int> GetVersionAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass('belajar_schema_version') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(ct))!)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM belajar_schema_version", connection);
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static IReadOnlyList<SchemaScript> LoadScripts()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .OrderBy(s => s.Version)
            .ToList();
        if (scripts.Count == 0)
        {
            throw new InvalidOperationException("No schema files are embedded in Belajar.Hosting.Client (Schema/*.sql).");
        }

        return scripts;
    }

    private static SchemaScript Load(Assembly assembly, string resource)
    {
        var name = resource[ResourcePrefix.Length..^".sql".Length];
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator < 1 || !int.TryParse(name[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Schema file '{name}.sql' must start with its version number, e.g. '006_name.sql'.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new SchemaScript(version, name, reader.ReadToEnd());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema version {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema of database {Database} is at version {Version}")]
    private static partial void LogCurrent(ILogger logger, int version, string database);
}
