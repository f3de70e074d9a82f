namespace Belajar.Api.Audit;

/// <summary>The append-only audit log: in memory for the embedded default, PostgreSQL (<c>belajar_audit_log</c>) otherwise.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry (its <see cref="AuditEntry.Id"/> is ignored) after redacting NIKs and secrets.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries matching the query, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
