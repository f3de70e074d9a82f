namespace Belajar.Api.Audit;

/// <summary>One line of the audit log (table <c>belajar_audit_log</c>). Never holds a password, a token or a full NIK.</summary>
/// <param name="Id">Assigned by the log on append; 0 before.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who: the token's subject, or the username tried at a failed sign-in.</param>
/// <param name="ActorRole">The actor's role, empty when not signed in.</param>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="Npsn">The school concerned, if any.</param>
/// <param name="KodeWilayah">The region concerned, if any.</param>
/// <param name="ClientAddress">The caller's address as the server saw it.</param>
/// <param name="Detail">Further facts (kind, format, rows, userId, path, ...).</param>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset OccurredAt,
    string Actor,
    string ActorRole,
    string Action,
    string? Npsn,
    string? KodeWilayah,
    string? ClientAddress,
    IReadOnlyDictionary<string, string> Detail);
