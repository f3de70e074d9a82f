using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Belajar.Benchmarks;

/// <summary>
/// Writes reminder rows straight into <c>orleans_reminders</c> with one binary COPY, in exactly the row format the silo's
/// ADO.NET reminder table writes through <c>UpsertReminderRowKey</c> (silo/Belajar.Hosting.Client/Schema/004_reminders.sql):
/// <c>GrainId</c> = <see cref="GrainId.ToString"/>, <c>GrainHash</c> = the signed int of <see cref="GrainId.GetUniformHashCode"/>,
/// <c>StartTime</c> UTC, <c>Period</c> in milliseconds, <c>Version</c> 0 (a first upsert's etag). The silo loading and firing such
/// rows is what proves the format (see <see cref="DeadlineReminderBenchmark"/>).
/// </summary>
public static class ReminderTableSeeder
{
    /// <summary>One reminder row to write.</summary>
    public sealed record Row(GrainId GrainId, string ReminderName, DateTime StartUtc, TimeSpan Period);

    /// <summary>Copies <paramref name="rows"/> for <paramref name="serviceId"/>; returns rows per second.</summary>
    public static async Task<double> CopyAsync(string connectionString, string serviceId, IEnumerable<Row> rows)
    {
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY orleans_reminders (serviceid, grainid, remindername, starttime, period, grainhash, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(serviceId, NpgsqlDbType.Text);
                await writer.WriteAsync(row.GrainId.ToString(), NpgsqlDbType.Text);
                await writer.WriteAsync(row.ReminderName, NpgsqlDbType.Text);
                await writer.WriteAsync(DateTime.SpecifyKind(row.StartUtc, DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
                await writer.WriteAsync((long)row.Period.TotalMilliseconds, NpgsqlDbType.Bigint);
                await writer.WriteAsync(unchecked((int)row.GrainId.GetUniformHashCode()), NpgsqlDbType.Integer);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                count++;
            }

            await writer.CompleteAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE orleans_reminders", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return count / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>How many rows of <paramref name="serviceId"/> named <paramref name="reminderName"/> the table holds for these grains.</summary>
    public static async Task<long> CountAsync(string connectionString, string serviceId, IReadOnlyCollection<GrainId> grains, string reminderName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleans_reminders WHERE serviceid = @s AND remindername = @n AND grainid = ANY(@g)", connection);
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("n", reminderName);
        command.Parameters.AddWithValue("g", grains.Select(g => g.ToString()).ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The table's size on disk (heap + indexes), in MB.</summary>
    public static async Task<double> TableSizeMbAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_total_relation_size('orleans_reminders')", connection);
        return (long)(await command.ExecuteScalarAsync())! / 1024.0 / 1024.0;
    }
}
