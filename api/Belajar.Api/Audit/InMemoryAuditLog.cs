namespace Belajar.Api.Audit;

/// <summary>The embedded default's audit log: in process memory, the newest <see cref="Capacity"/> entries.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    /// <summary>How many entries are kept.</summary>
    public const int Capacity = 100_000;

    private readonly Lock _gate = new();
    private readonly LinkedList<AuditEntry> _entries = new();
    private long _nextId;

    /// <inheritdoc />
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _entries.AddLast(AuditRedaction.Redact(entry) with { Id = ++_nextId });
            if (_entries.Count > Capacity)
            {
                _entries.RemoveFirst();
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<AuditEntry> found = _entries.Reverse()
                .Where(e => query.From is null || e.OccurredAt >= query.From)
                .Where(e => query.To is null || e.OccurredAt < query.To)
                .Where(e => query.Actor is null || string.Equals(e.Actor, query.Actor, StringComparison.OrdinalIgnoreCase))
                .Where(e => query.Npsn is null || e.Npsn == query.Npsn)
                .Where(e => query.Action is null || e.Action == query.Action)
                .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
                .Take(query.Limit)
                .ToList();
            return Task.FromResult(found);
        }
    }
}
