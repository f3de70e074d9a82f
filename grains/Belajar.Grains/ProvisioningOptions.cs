namespace Belajar.Grains;

/// <summary>How hard a run drives the cluster, and how long it keeps trying (section <c>Provisioning</c>).</summary>
public sealed class ProvisioningOptions
{
    public const string Section = "Provisioning";

    /// <summary>Accounts of one school provisioned at once.</summary>
    public int AccountsPerSchool { get; set; } = 16;

    /// <summary>Schools of one run in flight at once, cluster-wide.</summary>
    public int SchoolsInFlight { get; set; } = 64;

    /// <summary>A school that has not reported back after this long is sent its roster again (its silo may have died).</summary>
    public TimeSpan SchoolTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a run looks at its progress.</summary>
    public TimeSpan PumpInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Attempts of one account in one run before it ends <c>Failed</c> (<c>gave-up</c>) when its failures are transient (each
    /// attempt already includes the Directory client's own retries, <c>Directory:MaxRetries</c>).
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after an account's first failed attempt; doubled after each further one (with jitter), up to <see cref="MaxRetryBackoff"/>.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts of one account.</summary>
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A run whose progress has not moved for this long (with quota available) names what it waits on.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
