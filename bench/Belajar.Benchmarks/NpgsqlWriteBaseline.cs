using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Belajar.Benchmarks;

/// <summary>
/// The baseline of <see cref="ProvisioningEndToEndBenchmark"/>: the durable writes a run made, per account, done with plain
/// Npgsql and nothing else. Each account writes, one after the other and each in its own statement (autocommit), a row of its
/// own (insert, then updates) and a second row (insert, like the username claim), with the measured average payload, and its
/// reminder-like rows (upsert); <c>concurrency</c> accounts are in flight at once.
/// </summary>
internal sealed class NpgsqlWriteBaseline(string connectionString, int payloadBytes)
{
    public sealed record Plan(int Accounts, long StateWrites, long ReminderWrites, int Concurrency);

    public async Task<TimeSpan> RunAsync(Plan plan)
    {
        await ExecuteAsync(
            "CREATE TABLE bench_state (key text PRIMARY KEY, payload bytea NOT NULL, version integer NOT NULL, modified timestamptz NOT NULL DEFAULT now());" +
            "CREATE TABLE bench_reminder (key text NOT NULL, name text NOT NULL, start_time timestamptz NOT NULL, period bigint NOT NULL, " +
            "version integer NOT NULL, PRIMARY KEY (key, name));");
        var payload = new byte[payloadBytes];
        Random.Shared.NextBytes(payload);
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, plan.Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < plan.Accounts)
            {
                await WriteAccountAsync(i, Share(plan.StateWrites, plan.Accounts, i), Share(plan.ReminderWrites, plan.Accounts, i), payload);
            }
        }));
        return stopwatch.Elapsed;
    }

    /// <summary>Account <paramref name="i"/>'s share of <paramref name="total"/> writes spread evenly over the accounts.</summary>
    private static int Share(long total, int accounts, int i) => (int)(total / accounts + (i < total % accounts ? 1 : 0));

    private async Task WriteAccountAsync(int i, int stateWrites, int reminderWrites, byte[] payload)
    {
        for (var w = 0; w < stateWrites; w++)
        {
            var key = w == 0 ? $"u-{i}" : $"a-{i}";
            if (w <= 1)
            {
                await ExecuteAsync("INSERT INTO bench_state (key, payload, version) VALUES (@key, @payload, 1)", key, payload);
            }
            else
            {
                await ExecuteAsync("UPDATE bench_state SET payload = @payload, version = version + 1, modified = now() WHERE key = @key", key, payload);
            }
        }

        for (var r = 0; r < reminderWrites; r++)
        {
            await ExecuteAsync(
                "INSERT INTO bench_reminder (key, name, start_time, period, version) VALUES (@key, @name, now(), 86400000, 1) " +
                "ON CONFLICT (key, name) DO UPDATE SET start_time = excluded.start_time, version = bench_reminder.version + 1",
                $"a-{i}", payload: null, name: $"r{r}");
        }
    }

    private async Task ExecuteAsync(string sql, string? key = null, byte[]? payload = null, string? name = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        if (payload is not null)
        {
            command.Parameters.AddWithValue("payload", NpgsqlDbType.Bytea, payload);
        }

        if (name is not null)
        {
            command.Parameters.AddWithValue("name", name);
        }

        await command.ExecuteNonQueryAsync();
    }
}
