namespace Belajar.Directory.Emulator;

/// <summary>How the emulator starts (section <c>Emulator</c> in standalone mode).</summary>
public sealed class EmulatorOptions
{
    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The interface to listen on.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Domains users may be created in; <c>*.belajar.id</c> matches every subdomain.</summary>
    public List<string> Domains { get; set; } = ["belajar.id", "*.belajar.id"];

    /// <summary>The customer id (<c>my_customer</c> is accepted as well).</summary>
    public string CustomerId { get; set; } = "C01belajar";

    /// <summary>The administrator the service account may impersonate (the JWT's <c>sub</c>).</summary>
    public string AdminEmail { get; set; } = "admin@belajar.id";

    /// <summary>Queries per minute per project (every batch part counts); 0 = unlimited.</summary>
    public int QueriesPerMinute { get; set; }

    /// <summary>Reports API queries per minute (its own quota, apart from the Directory API's); 0 = unlimited.</summary>
    public int ReportsQueriesPerMinute { get; set; }

    /// <summary>Where the service-account JSON key lives: created when missing, reused when present; null keeps it in memory.</summary>
    public string? ServiceAccountKeyPath { get; set; }

    /// <summary>A service-account JSON key to trust instead of creating one.</summary>
    public string? ServiceAccountKeyJson { get; set; }

    /// <summary>How long after an insert a read may answer "User creation is not complete." or 404 (when those faults fire).</summary>
    public TimeSpan CreationIncompleteWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Faults at start.</summary>
    public FaultSettings Faults { get; set; } = new();

    /// <summary>Whether to log every request (slow; off by default).</summary>
    public bool LogRequests { get; set; }

    /// <summary>Throws an <see cref="ArgumentException"/> that says what to fix.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"Emulator:Port {Port} must be 0 (any free port) to 65535.");
        }

        if (Domains.Count == 0 || Domains.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Emulator:Domains must list at least one domain, e.g. belajar.id or *.belajar.id.");
        }

        if (ReportsQueriesPerMinute < 0)
        {
            throw new ArgumentException($"Emulator:ReportsQueriesPerMinute {ReportsQueriesPerMinute} must be 0 (unlimited) or more.");
        }

        if (QueriesPerMinute < 0)
        {
            throw new ArgumentException($"Emulator:QueriesPerMinute {QueriesPerMinute} must be 0 (unlimited) or more.");
        }
    }
}
