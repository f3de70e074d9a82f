namespace Belajar.Grains;

/// <summary>How hard a run drives the cluster (section <c>Provisioning</c>).</summary>
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
}
