namespace Belajar.Integration.Tests.Grains;

/// <summary>Where the probe's reminder fired first.</summary>
[GenerateSerializer, Alias("Belajar.Integration.Tests.ReminderProbeState")]
public sealed class ReminderProbeState
{
    [Id(0)] public string? FiredOn { get; set; }
}
