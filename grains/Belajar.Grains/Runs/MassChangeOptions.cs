namespace Belajar.Grains.Runs;

/// <summary>
/// The guard against mass changes (section <c>Runs:MassChange</c>): a run whose suspensions, moves or removals exceed either
/// limit in some province stops before changing anything and waits for a second Pusdatin user to approve it.
/// </summary>
public sealed class MassChangeOptions
{
    public const string Section = "Runs:MassChange";

    /// <summary>The largest share (0–1) of a province's accounts one run may take off their school without approval.</summary>
    public double MaxShare { get; set; } = 0.05;

    /// <summary>The most accounts of one province one run may take off their school without approval.</summary>
    public int MaxAccounts { get; set; } = 1000;
}
