using Orleans.Runtime;

namespace Belajar.Integration.Tests.Grains;

/// <summary>Registers a reminder and records (in storage) the silo it first fired on.</summary>
[Alias("Belajar.Integration.Tests.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task StartAsync(TimeSpan dueTime);

    [Alias("FiredOn")]
    Task<string?> GetFiredOnAsync();

    [Alias("Silo")]
    Task<SiloAddress> GetSiloAsync();
}
