using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Belajar.Api.Audit;

/// <summary>
/// The audit log in PostgreSQL table <c>belajar_audit_log</c> (created by the schema scripts of Belajar.Hosting):
/// <c>id bigint identity, occurred_at timestamptz, actor, actor_role, action text, npsn, kode_wilayah, client_address text null,
/// detail jsonb</c>.
/// </summary>
public sealed class PostgresAuditLog(NpgsqlDataSource dataSource) : IAuditLog
{
    private const string InsertSql = """
        insert into belajar_audit_log (occurred_at, actor, actor_role, action, npsn, kode_wilayah, client_address, detail)
        values ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    private const string SelectSql = """
        select id, occurred_at, actor, actor_role, action, npsn, kode_wilayah, client_address, detail::text
        from belajar_audit_log
        where ($1::timestamptz is null or occurred_at >= $1)
          and ($2::timestamptz is null or occurred_at < $2)
          and ($3::text is null or lower(actor) = lower($3))
          and ($4::text is null or npsn = $4)
          and ($5::text is null or action = $5)
        order by occurred_at desc, id desc
        limit $6
        """;

    /// <inheritdoc />
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(InsertSql);
        AddParameters(command, entry);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Appends entries in one transaction: all or none (the outbox's files).</summary>
    public async Task AppendManyAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var entry in entries)
        {
            await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
            AddParameters(command, entry);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void AddParameters(NpgsqlCommand command, AuditEntry entry)
    {
        var safe = AuditRedaction.Redact(entry);
        command.Parameters.Add(new NpgsqlParameter { Value = safe.OccurredAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(Text(safe.Actor));
        command.Parameters.Add(Text(safe.ActorRole));
        command.Parameters.Add(Text(safe.Action));
        command.Parameters.Add(Text(safe.Npsn));
        command.Parameters.Add(Text(safe.KodeWilayah));
        command.Parameters.Add(Text(safe.ClientAddress));
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(safe.Detail), NpgsqlDbType = NpgsqlDbType.Jsonb });
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(SelectSql);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.From ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.To ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(Text(query.Actor));
        command.Parameters.Add(Text(query.Npsn));
        command.Parameters.Add(Text(query.Action));
        command.Parameters.Add(new NpgsqlParameter { Value = query.Limit, NpgsqlDbType = NpgsqlDbType.Integer });
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? "" : reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(8)) ?? []));
        }

        return entries;
    }

    private static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
