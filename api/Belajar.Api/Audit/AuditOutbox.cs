using System.Text.Json;

namespace Belajar.Api.Audit;

/// <summary>
/// A durable, append-only local buffer of audit entries: one JSON line per entry (already redacted) in
/// <c>{folder}/outbox.jsonl</c>, flushed to disk before <see cref="Append"/> returns. <see cref="DrainAsync"/> moves the file
/// aside (<c>draining-*.jsonl</c>) and hands each moved file's entries to a writer in one call; the file is deleted only when
/// that call succeeded, so an entry is stored at least once (twice only if the process dies between the commit and the delete).
/// </summary>
public sealed class AuditOutbox
{
    private const string Current = "outbox.jsonl";
    private readonly Lock _gate = new();
    private readonly string _folder;

    /// <summary>An outbox in <paramref name="folder"/> (created when missing).</summary>
    public AuditOutbox(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The folder of the outbox files.</summary>
    public string Folder => _folder;

    /// <summary>Appends one entry durably (redacted first: the file never holds what the table may not).</summary>
    public void Append(AuditEntry entry)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(AuditRedaction.Redact(entry) with { Id = 0 });
        lock (_gate)
        {
            using var file = new FileStream(Path.Combine(_folder, Current), FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.WriteThrough);
            file.Write(line);
            file.WriteByte((byte)'\n');
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>The entries waiting, oldest file first (for tests and the readiness report).</summary>
    public IReadOnlyList<AuditEntry> Pending()
    {
        lock (_gate)
        {
            return [.. Files().SelectMany(Read)];
        }
    }

    /// <summary>Writes every waiting entry with <paramref name="write"/> (one call per file); answers how many were written.</summary>
    public async Task<int> DrainAsync(Func<IReadOnlyList<AuditEntry>, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = Path.Combine(_folder, Current);
            if (File.Exists(current))
            {
                File.Move(current, Path.Combine(_folder, $"draining-{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}.jsonl"));
            }
        }

        var written = 0;
        foreach (var path in Directory.GetFiles(_folder, "draining-*.jsonl").Order(StringComparer.Ordinal))
        {
            var entries = Read(path);
            if (entries.Count > 0)
            {
                await write(entries, cancellationToken);
            }

            File.Delete(path);
            written += entries.Count;
        }

        return written;
    }

    private IEnumerable<string> Files() =>
        Directory.GetFiles(_folder, "draining-*.jsonl").Order(StringComparer.Ordinal).Append(Path.Combine(_folder, Current)).Where(File.Exists);

    private static List<AuditEntry> Read(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<AuditEntry>(l)!)];
}
