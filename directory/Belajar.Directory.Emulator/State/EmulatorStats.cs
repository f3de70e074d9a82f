namespace Belajar.Directory.Emulator;

/// <summary>What <c>GET /emulator/stats</c> answers.</summary>
public sealed class EmulatorStats
{
    /// <summary>API calls served (every batch part counts), throttled ones excluded.</summary>
    public long Calls { get; set; }

    /// <summary>
    /// <see cref="Calls"/> by Directory API method (<see cref="ApiMethods"/>: <c>users.insert</c>, <c>users.get</c>, …):
    /// every batch part counts, calls answered by an injected fault count, throttled calls do not.
    /// </summary>
    public Dictionary<string, long> ByMethod { get; set; } = [];

    /// <summary>Calls refused with 403 <c>userRateLimitExceeded</c>.</summary>
    public long Throttled { get; set; }

    /// <summary>Users held.</summary>
    public int Users { get; set; }

    /// <summary>The quota in force (0 = unlimited).</summary>
    public int QueriesPerMinute { get; set; }

    /// <summary>Calls and throttled calls per minute, oldest first.</summary>
    public List<MinuteEntry> PerMinute { get; set; } = [];
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
