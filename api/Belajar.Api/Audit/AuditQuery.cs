namespace Belajar.Api.Audit;

/// <summary>A search of the audit log; every filter is optional. Newest first.</summary>
/// <param name="From">Inclusive lower bound of <c>occurred_at</c>.</param>
/// <param name="To">Exclusive upper bound of <c>occurred_at</c>.</param>
/// <param name="Actor">Exact actor (case-insensitive).</param>
/// <param name="Npsn">Exact school.</param>
/// <param name="Action">Exact action.</param>
/// <param name="Limit">At most this many entries (1–1000).</param>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Actor = null,
    string? Npsn = null,
    string? Action = null,
    int Limit = 100);
