using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Belajar.Hosting.Storage;

/// <summary>
/// Sends the grain-storage statements of many grains to PostgreSQL together: whatever is queued when a connection is free
/// goes as one <see cref="NpgsqlBatch"/> (one round trip, one implicit transaction, one commit). Statements of concurrent
/// grains touch different rows, so batching them changes nothing but the cost: one wake-up of the server and one commit
/// (with <c>synchronous_commit</c>, one WAL flush) for many writes. A lone statement goes at once; nothing waits for a batch
/// to fill. A failed batch fails every statement in it (nothing of it was committed), and each grain's call fails as its
/// own write would have.
/// </summary>
internal sealed class StorageStatementBatcher : IAsyncDisposable
{
    /// <summary>Connections sending batches at once (each batch is one transaction on one connection).</summary>
    public const int Connections = 4;

    /// <summary>The most statements in one batch.</summary>
    public const int MaxStatements = 64;

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly NpgsqlDataSource _dataSource;
    private readonly Channel<StorageStatement> _queue = Channel.CreateUnbounded<StorageStatement>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _senders;
    private Task<StorageQueries>? _queries;

    public StorageStatementBatcher(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _senders = Enumerable.Range(0, Connections).Select(_ => Task.Run(SendLoopAsync)).ToArray();
    }

    /// <summary>Queues a statement; the task ends once its batch is committed (or failed).</summary>
    public Task<StorageRow> ExecuteAsync(StorageStatement statement)
    {
        if (!_queue.Writer.TryWrite(statement))
        {
            throw new ObjectDisposedException(nameof(StorageStatementBatcher), "The silo is stopping: grain storage takes no more statements.");
        }

        return statement.Completion.Task;
    }

    private async Task SendLoopAsync()
    {
        var batch = new List<StorageStatement>(MaxStatements);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxStatements && reader.TryRead(out var statement))
                {
                    batch.Add(statement);
                }

                if (batch.Count > 0)
                {
                    await SendAsync(batch).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // stopping: DisposeAsync fails what is left
        }
    }

    private async Task SendAsync(List<StorageStatement> statements)
    {
        var rows = new StorageRow[statements.Count];
        try
        {
            var queries = await QueriesAsync().ConfigureAwait(false);
            await using var connection = await _dataSource.OpenConnectionAsync(_stopping.Token).ConfigureAwait(false);
            await using var batch = new NpgsqlBatch(connection);
            foreach (var statement in statements)
            {
                batch.BatchCommands.Add(Command(statement, queries));
            }

            await using (var reader = await batch.ExecuteReaderAsync(_stopping.Token).ConfigureAwait(false))
            {
                for (var i = 0; i < statements.Count; i++)
                {
                    if (i > 0)
                    {
                        await reader.NextResultAsync(_stopping.Token).ConfigureAwait(false);
                    }

                    rows[i] = await ReadRowAsync(reader, statements[i].Kind).ConfigureAwait(false);
                }
            }

            // the reader has seen the end of the batch: the implicit transaction is committed
            for (var i = 0; i < statements.Count; i++)
            {
                statements[i].Completion.TrySetResult(rows[i]);
            }
        }
        catch (Exception ex)
        {
            foreach (var statement in statements)
            {
                statement.Completion.TrySetException(ex);
            }
        }
    }

    private static async Task<StorageRow> ReadRowAsync(NpgsqlDataReader reader, StorageStatementKind kind)
    {
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return StorageRow.None;
        }

        if (kind == StorageStatementKind.Read)
        {
            var payload = await reader.IsDBNullAsync(0).ConfigureAwait(false) ? null : reader.GetFieldValue<byte[]>(0);
            var version = await reader.IsDBNullAsync(1).ConfigureAwait(false) ? (int?)null : reader.GetInt32(1);
            return new StorageRow(true, payload, version);
        }

        return new StorageRow(true, null, await reader.IsDBNullAsync(0).ConfigureAwait(false) ? null : reader.GetInt32(0));
    }

    private static NpgsqlBatchCommand Command(StorageStatement s, StorageQueries queries)
    {
        var command = new NpgsqlBatchCommand(s.Kind switch
        {
            StorageStatementKind.Read => queries.Read,
            StorageStatementKind.Write => queries.Write,
            _ => queries.Clear,
        });
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string>("ServiceId", NpgsqlDbType.Text) { TypedValue = s.Key.ServiceId });
        p.Add(new NpgsqlParameter<string>("GrainTypeString", NpgsqlDbType.Text) { TypedValue = s.Key.GrainType });
        p.Add(new NpgsqlParameter<int>("GrainTypeHash", NpgsqlDbType.Integer) { TypedValue = s.Key.GrainTypeHash });
        p.Add(new NpgsqlParameter<long>("GrainIdN0", NpgsqlDbType.Bigint) { TypedValue = s.Key.N0 });
        p.Add(new NpgsqlParameter<long>("GrainIdN1", NpgsqlDbType.Bigint) { TypedValue = s.Key.N1 });
        p.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Text) { Value = (object?)s.Key.Extension ?? DBNull.Value });
        p.Add(new NpgsqlParameter<int>("GrainIdHash", NpgsqlDbType.Integer) { TypedValue = s.Key.GrainIdHash });
        if (s.Kind != StorageStatementKind.Read)
        {
            p.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)s.Version ?? DBNull.Value });
        }

        if (s.Kind == StorageStatementKind.Write)
        {
            p.Add(new NpgsqlParameter("PayloadBinary", NpgsqlDbType.Bytea) { Value = (object?)s.Payload ?? DBNull.Value });
        }

        return command;
    }

    /// <summary>The provider's statements, read once from <c>OrleansQuery</c> by the provider's keys.</summary>
    private Task<StorageQueries> QueriesAsync()
    {
        var queries = _queries;
        if (queries is null || queries.IsFaulted)
        {
            queries = _queries = StorageQueries.ReadAsync(_dataSource, _stopping.Token);
        }

        return queries;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        var sent = Task.WhenAll(_senders);
        await Task.WhenAny(sent, Task.Delay(DrainTimeout)).ConfigureAwait(false); // what is queued is still sent, if the server answers
        await _stopping.CancelAsync().ConfigureAwait(false);
        await sent.ConfigureAwait(false);
        while (_queue.Reader.TryRead(out var left))
        {
            left.Completion.TrySetException(new ObjectDisposedException(nameof(StorageStatementBatcher)));
        }

        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}

internal enum StorageStatementKind
{
    Read,
    Write,
    Clear,
}

/// <summary>The key columns of one storage row, as the ADO.NET provider computes them.</summary>
internal sealed record StorageKey(string ServiceId, string GrainType, int GrainTypeHash, long N0, long N1, string? Extension, int GrainIdHash);

/// <summary>One statement for the batcher, and the task of its caller.</summary>
internal sealed class StorageStatement(StorageStatementKind kind, StorageKey key, int? version = null, byte[]? payload = null)
{
    public StorageStatementKind Kind { get; } = kind;

    public StorageKey Key { get; } = key;

    public int? Version { get; } = version;

    public byte[]? Payload { get; } = payload;

    public TaskCompletionSource<StorageRow> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What a statement answered: a row or none; a read's payload and version, a write's or clear's new version.</summary>
internal readonly record struct StorageRow(bool Found, byte[]? Payload, int? Version)
{
    public static readonly StorageRow None = new(false, null, null);
}

/// <summary>The read, write and clear statements of the ADO.NET provider (table <c>OrleansQuery</c>).</summary>
internal sealed record StorageQueries(string Read, string Write, string Clear)
{
    public static async Task<StorageQueries> ReadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT QueryKey, QueryText FROM OrleansQuery WHERE QueryKey IN ('ReadFromStorageKey', 'WriteToStorageKey', 'ClearStorageKey')");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        string Text(string key) => texts.TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"Table OrleansQuery has no '{key}': the schema was not applied (see silo/Belajar.Hosting.Client/Schema).");
        return new StorageQueries(Text("ReadFromStorageKey"), Text("WriteToStorageKey"), Text("ClearStorageKey"));
    }
}
