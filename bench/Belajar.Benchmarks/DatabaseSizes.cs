using Npgsql;

namespace Belajar.Benchmarks;

/// <summary>
/// What a database holds on disk, read from PostgreSQL itself: per table of the schema its exact row count, dead tuples
/// (<c>pg_stat_user_tables</c>, as the statistics last saw them) and <c>pg_total_relation_size</c> (heap, TOAST, free-space and
/// visibility maps, indexes); per state name of <c>orleans_storage</c> the size its rows would take as a table of their own;
/// reminder rows per reminder name; the write-ahead log's position.
/// </summary>
internal static class DatabaseSizes
{
    /// <summary>
    /// One table: rows, dead tuples, heap + TOAST + maps (<c>pg_table_size</c>), of which TOAST (its heap and index), the indexes
    /// and their sum (<c>pg_total_relation_size</c>).
    /// </summary>
    public sealed record Table(long Rows, long DeadRows, long TableBytes, long ToastBytes, long IndexBytes)
    {
        public long TotalBytes => TableBytes + IndexBytes;

        public long HeapBytes => TableBytes - ToastBytes;
    }

    /// <summary>The rows of one state name: count, average payload, and the total size of a compact table of only them.</summary>
    public sealed record State(long Rows, double PayloadBytes, long TotalBytes);

    /// <summary>Every table of the public schema, by name.</summary>
    public static async Task<Dictionary<string, Table>> TablesAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        var names = new List<(string Name, long Dead)>();
        await using (var list = new NpgsqlCommand("SELECT relname, n_dead_tup FROM pg_stat_user_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var (name, dead) in names)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), pg_table_size('{name}'), " +
                $"(SELECT coalesce(pg_total_relation_size(nullif(reltoastrelid, 0)), 0) FROM pg_class WHERE oid = '{name}'::regclass), " +
                $"pg_indexes_size('{name}') FROM \"{name}\"", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            tables[name] = new Table(reader.GetInt64(0), dead, reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        return tables;
    }

    /// <summary>
    /// Per state name (<c>GrainTypeString</c>) of <c>orleans_storage</c>: its rows copied into an empty table of the same definition
    /// (columns, storage, primary key) and measured there, so each state name is sized as if it had a compact table of its own.
    /// </summary>
    public static async Task<Dictionary<string, State>> StatesAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        var names = new List<(string Name, long Rows, double Payload)>();
        await using (var list = new NpgsqlCommand(
            "SELECT graintypestring, count(*), coalesce(avg(octet_length(payloadbinary)), 0)::float8 FROM orleans_storage GROUP BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2)));
            }
        }

        await ExecuteAsync(connection, "CREATE TABLE bench_state_probe (LIKE orleans_storage INCLUDING ALL)");
        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        try
        {
            foreach (var (name, rows, payload) in names)
            {
                await using var copy = new NpgsqlCommand("INSERT INTO bench_state_probe SELECT * FROM orleans_storage WHERE graintypestring = @name", connection);
                copy.Parameters.AddWithValue("name", name);
                await copy.ExecuteNonQueryAsync();
                await using var size = new NpgsqlCommand("SELECT pg_total_relation_size('bench_state_probe')", connection);
                states[name] = new State(rows, payload, (long)(await size.ExecuteScalarAsync())!);
                await ExecuteAsync(connection, "TRUNCATE bench_state_probe");
            }
        }
        finally
        {
            await ExecuteAsync(connection, "DROP TABLE bench_state_probe");
        }

        return states;
    }

    /// <summary>Reminder rows per grain type and reminder name, e.g. <c>account deadline</c>, <c>school sync</c>.</summary>
    public static async Task<Dictionary<string, long>> RemindersAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(
            "SELECT split_part(grainid, '/', 1) || ' ' || remindername, count(*) FROM orleans_reminders GROUP BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var reminders = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            reminders[reader.GetString(0)] = reader.GetInt64(1);
        }

        return reminders;
    }

    /// <summary>The server's current write-ahead log position in bytes: the difference of two readings is the WAL written between them.</summary>
    public static async Task<long> WalPositionAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <paramref name="sql"/> (e.g. <c>VACUUM (ANALYZE)</c>) outside a transaction, without a statement timeout.</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(connectionString);
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
