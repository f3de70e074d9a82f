namespace Belajar.Directory.Emulator;

/// <summary>What <c>GET /emulator/stats</c> answers.</summary>
public sealed class EmulatorStats
{
    /// <summary>Directory API calls served (every batch part counts), throttled ones excluded.</summary>
    public long Calls { get; set; }

    /// <summary>
    /// <see cref="Calls"/> by Directory API method (<see cref="ApiMethods"/>: <c>users.insert</c>, <c>users.get</c>, …):
    /// every batch part counts, calls answered by an injected fault count, throttled calls do not; the Reports API's
    /// <c>activities.list</c> is listed here too (its calls are <see cref="ReportsCalls"/>, not <see cref="Calls"/>).
    /// </summary>
    public Dictionary<string, long> ByMethod { get; set; } = [];

    /// <summary>Reports API calls served (<c>activities.list</c>): they count against the Reports quota, not in <see cref="Calls"/>.</summary>
    public long ReportsCalls { get; set; }

    /// <summary>Reports API calls refused by the Reports quota.</summary>
    public long ReportsThrottled { get; set; }

    /// <summary>Calls refused with 403 <c>userRateLimitExceeded</c>.</summary>
    public long Throttled { get; set; }

    /// <summary>Users held.</summary>
    public int Users { get; set; }

    /// <summary>The quota in force (0 = unlimited).</summary>
    public int QueriesPerMinute { get; set; }

    /// <summary>Calls and throttled calls per minute, oldest first.</summary>
    public List<MinuteEntry> PerMinute { get; set; } = [];

    /// <summary>
    /// Calls and throttled calls per second of the emulator's clock, oldest first: only seconds that had calls, the latest
    /// <see cref="QuotaMeter.SecondsKept"/> of them. A call counts in the second it arrived (every batch part counts).
    /// </summary>
    public List<SecondEntry> PerSecond { get; set; } = [];
}

/// <summary>One second of <see cref="EmulatorStats"/>.</summary>
public sealed class SecondEntry
{
    /// <summary>The second, UTC (<c>yyyy-MM-ddTHH:mm:ssZ</c>).</summary>
    public string Second { get; set; } = "";

    /// <summary>Calls served.</summary>
    public long Calls { get; set; }

    /// <summary>Calls throttled.</summary>
    public long Throttled { get; set; }
}

/// <summary>One minute of <see cref="EmulatorStats"/>.</summary>
public sealed class MinuteEntry
{
    /// <summary>The minute, UTC.</summary>
    public string Minute { get; set; } = "";

    /// <summary>Calls served.</summary>
    public long Calls { get; set; }

    /// <summary>Calls throttled.</summary>
    public long Throttled { get; set; }
}
