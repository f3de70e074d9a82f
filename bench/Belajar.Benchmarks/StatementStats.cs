using Npgsql;

namespace Belajar.Benchmarks;

/// <summary>
/// PostgreSQL's own account of a measurement, statement by statement (<c>pg_stat_statements</c>), when the server was started
/// with it: <c>BELAJAR_PG_SETTINGS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"</c>.
/// Silent otherwise.
/// </summary>
internal static class StatementStats
{
    /// <summary>Creates the extension in the database and empties the statistics; false when the server does not load it.</summary>
    public static async Task<bool> ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var show = new NpgsqlCommand("SHOW shared_preload_libraries", connection))
        {
            if (!((string?)await show.ExecuteScalarAsync() ?? "").Contains("pg_stat_statements", StringComparison.Ordinal))
            {
                return false;
            }
        }

        await using var command = new NpgsqlCommand(
            "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", connection);
        await command.ExecuteNonQueryAsync();
        return true;
    }

    /// <summary>Writes the statements that took the most server time since <see cref="ResetAsync"/>, per account.</summary>
    public static async Task WriteAsync(string connectionString, int accounts, TextWriter output, int top = 12)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT calls, total_exec_time, total_plan_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) " +
            "FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT @top", connection);
        command.Parameters.AddWithValue("top", top);
        await using var reader = await command.ExecuteReaderAsync();
        output.WriteLine("  PostgreSQL statements (pg_stat_statements): calls/account, exec ms/account, plan ms/account, statement");
        while (await reader.ReadAsync())
        {
            output.WriteLine(
                $"    {reader.GetInt64(0) / (double)accounts,6:N2} {reader.GetDouble(1) / accounts,7:N3} {reader.GetDouble(2) / accounts,7:N3}  {reader.GetString(3)}");
        }
    }
}
