using Orleans.Runtime;

namespace Belajar.Integration.Tests.Grains;

/// <summary>Stores a <see cref="ProbeState"/> and tells where it runs.</summary>
[Alias("Belajar.Integration.Tests.IStateProbeGrain")]
public interface IStateProbeGrain : IGrainWithStringKey
{
    [Alias("Save")]
    Task SaveAsync(ProbeState state);

    [Alias("Load")]
    Task<ProbeState?> LoadAsync();

    [Alias("Silo")]
    Task<SiloAddress> GetSiloAsync();

    [Alias("Deactivate")]
    Task DeactivateAsync();
}
