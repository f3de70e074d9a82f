using Npgsql;

namespace Belajar.Benchmarks;

/// <summary>
/// Counts durable writes from PostgreSQL's own statistics: <c>n_tup_ins + n_tup_upd</c> per table of
/// <c>pg_stat_user_tables</c>. Backends report their counts at most once a second and at exit, so a reading first closes this
/// process's idle pooled connections (their backends exit and flush) and waits until two readings agree.
/// </summary>
internal static class TableWriteCounter
{
    /// <summary>The membership tables: their heartbeats are the cluster's, not the run's.</summary>
    private const string MembershipTables = "orleans_membership%";

    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(string connectionString)
    {
        IReadOnlyDictionary<string, long> previous = new Dictionary<string, long>();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            await Task.Delay(250);
            var current = await ReadOnceAsync(connectionString);
            if (attempt > 0 && current.Count == previous.Count && current.All(c => previous.TryGetValue(c.Key, out var v) && v == c.Value))
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    /// <summary>Writes per table between two readings (tables whose count did not change are left out).</summary>
    public static Dictionary<string, long> Delta(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Select(a => (a.Key, Value: a.Value - before.GetValueOrDefault(a.Key)))
            .Where(a => a.Value != 0)
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    private static async Task<Dictionary<string, long>> ReadOnceAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT relname, n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname NOT LIKE @membership", connection);
        command.Parameters.AddWithValue("membership", MembershipTables);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
