using System.Buffers;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Belajar.Hosting.Reminders;

/// <summary>
/// Orleans' reminder table over <c>orleans_reminders</c> (the rows the stock ADO.NET table writes, schema 004) whose range read
/// returns only what can fall due before the next refresh has run: rows whose start time is at most
/// <see cref="DueWindow.Horizon"/> (the silo's now + the loading window + the refresh period + a margin), read through the index
/// on the start time (schema 007). Orleans' reminder service keeps in memory only the rows whose next tick is within its loading
/// window and drops a loaded row a read no longer returns; every row it could hold has a start time before the horizon, so it
/// holds the same rows as with a read of the whole range, while a refresh costs what is due, not what exists. A grain's own
/// rows, upsert (the <c>Version</c> is the ETag) and remove-with-ETag are the stock table's. Rows become entries through
/// <see cref="ReminderRowDecoder"/> (grain ids from the column's UTF-8, one string per reminder name): a read allocates little
/// beyond the entries Orleans' interface returns.
/// </summary>
public sealed class DueWindowReminderTable : IReminderTable, IDisposable
{
    private const string Columns = "GrainId, ReminderName, StartTime, Period, Version";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _serviceId;
    private readonly DueWindow _window;

    public DueWindowReminderTable(string connectionString, IOptions<ClusterOptions> cluster, IOptions<ReminderOptions> reminders, TimeProvider time)
    {
        // text arrives as UTF-8 whatever the connection string or PGCLIENTENCODING say: ReminderRowDecoder reads its bytes
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Encoding = "UTF8", ClientEncoding = "UTF8" });
        _serviceId = cluster.Value.ServiceId;
        _window = new DueWindow(reminders.Value, time);
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) => QueryAsync(
        $"SELECT {Columns} FROM orleans_reminders WHERE ServiceId = @ServiceId AND GrainId = @GrainId",
        c => c.Parameters.AddWithValue("GrainId", NpgsqlDbType.Text, grainId.ToString()));

    /// <summary>
    /// The rows of the ring range (<paramref name="begin"/>, <paramref name="end"/>] that can fall due before the next refresh.
    /// Hashes compare as signed integers, as the stock table stores and reads them, so the two forms cover the ring exactly.
    /// </summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var hashes = (int)begin < (int)end
            ? "GrainHash > @BeginHash AND GrainHash <= @EndHash"
            : "(GrainHash > @BeginHash OR GrainHash <= @EndHash)";
        return QueryAsync(
            $"SELECT {Columns} FROM orleans_reminders WHERE ServiceId = @ServiceId AND StartTime <= @Horizon AND {hashes}",
            c =>
            {
                c.Parameters.AddWithValue("BeginHash", NpgsqlDbType.Integer, (int)begin);
                c.Parameters.AddWithValue("EndHash", NpgsqlDbType.Integer, (int)end);
                c.Parameters.AddWithValue("Horizon", NpgsqlDbType.TimestampTz, _window.Horizon());
            });
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await QueryAsync(
            $"SELECT {Columns} FROM orleans_reminders WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName",
            c =>
            {
                c.Parameters.AddWithValue("GrainId", NpgsqlDbType.Text, grainId.ToString());
                c.Parameters.AddWithValue("ReminderName", NpgsqlDbType.Text, reminderName);
            });
        return rows.Reminders.FirstOrDefault();
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        await using var command = _dataSource.CreateCommand(
            """
            INSERT INTO orleans_reminders AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
            VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
            ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
               SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash, Version = r.Version + 1
            RETURNING Version
            """);
        command.Parameters.AddWithValue("ServiceId", NpgsqlDbType.Text, _serviceId);
        command.Parameters.AddWithValue("GrainId", NpgsqlDbType.Text, entry.GrainId.ToString());
        command.Parameters.AddWithValue("ReminderName", NpgsqlDbType.Text, entry.ReminderName);
        command.Parameters.AddWithValue("StartTime", NpgsqlDbType.TimestampTz, DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc));
        command.Parameters.AddWithValue("Period", NpgsqlDbType.Bigint, (long)entry.Period.TotalMilliseconds);
        command.Parameters.AddWithValue("GrainHash", NpgsqlDbType.Integer, unchecked((int)entry.GrainId.GetUniformHashCode()));
        var version = (int)(await command.ExecuteScalarAsync())!;
        return version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        if (!int.TryParse(eTag, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await using var command = _dataSource.CreateCommand(
            "DELETE FROM orleans_reminders WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version");
        command.Parameters.AddWithValue("ServiceId", NpgsqlDbType.Text, _serviceId);
        command.Parameters.AddWithValue("GrainId", NpgsqlDbType.Text, grainId.ToString());
        command.Parameters.AddWithValue("ReminderName", NpgsqlDbType.Text, reminderName);
        command.Parameters.AddWithValue("Version", NpgsqlDbType.Integer, version);
        return await command.ExecuteNonQueryAsync() > 0;
    }

    public async Task TestOnlyClearTable()
    {
        await using var command = _dataSource.CreateCommand("DELETE FROM orleans_reminders WHERE ServiceId = @ServiceId");
        command.Parameters.AddWithValue("ServiceId", NpgsqlDbType.Text, _serviceId);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _dataSource.Dispose();

    private async Task<ReminderTableData> QueryAsync(string sql, Action<NpgsqlCommand> bind)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("ServiceId", NpgsqlDbType.Text, _serviceId);
        bind(command);
        var decoder = new ReminderRowDecoder();
        var rows = ArrayPool<ReminderEntry>.Shared.Rent(256); // the count is known only at the end: pooled, copied once at its size
        var count = 0;
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (count == rows.Length)
                {
                    var larger = ArrayPool<ReminderEntry>.Shared.Rent(rows.Length * 2);
                    rows.AsSpan().CopyTo(larger);
                    ArrayPool<ReminderEntry>.Shared.Return(rows, clearArray: true);
                    rows = larger;
                }

                rows[count++] = decoder.Read(reader);
            }

            return new ReminderTableData(new ArraySegment<ReminderEntry>(rows, 0, count));
        }
        finally
        {
            ArrayPool<ReminderEntry>.Shared.Return(rows, clearArray: true);
        }
    }
}
