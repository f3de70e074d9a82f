namespace Belajar.Directory.Emulator;

/// <summary>
/// Fault rates (0–1) and "next N calls" counters, as set at start and through <c>/emulator/faults</c>.
/// Absent (null) properties leave the current value.
/// </summary>
public sealed class FaultSettings
{
    /// <summary>Share of calls answered 503 <c>backendError</c>.</summary>
    public double? BackendErrorRate { get; set; }

    /// <summary>The next N calls answered 503.</summary>
    public int? BackendErrorNext { get; set; }

    /// <summary>Share of calls answered 429 with <c>Retry-After</c>.</summary>
    public double? TooManyRequestsRate { get; set; }

    /// <summary>The next N calls answered 429.</summary>
    public int? TooManyRequestsNext { get; set; }

    /// <summary>The <c>Retry-After</c> of a 429, seconds.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Share of successful inserts answered 409 (the user exists: a lost answer).</summary>
    public double? ConflictAfterInsertRate { get; set; }

    /// <summary>The next N successful inserts answered 409.</summary>
    public int? ConflictAfterInsertNext { get; set; }

    /// <summary>Share of reads of a just-inserted user answered 412 "User creation is not complete.".</summary>
    public double? CreationIncompleteRate { get; set; }

    /// <summary>The next N reads of a just-inserted user answered 412.</summary>
    public int? CreationIncompleteNext { get; set; }

    /// <summary>Latency added to every HTTP request, milliseconds.</summary>
    public int? LatencyMs { get; set; }

    /// <summary>The per-minute quota (0 = unlimited).</summary>
    public int? QueriesPerMinute { get; set; }
}
