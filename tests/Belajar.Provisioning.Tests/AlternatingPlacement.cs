using Microsoft.Extensions.DependencyInjection;
using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// A test placement: every new activation goes to the next compatible silo in turn (silos ordered by address), so that the
/// grains of a run are spread over every silo whatever their keys and whoever calls them.
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.tests.AlternatingPlacement")]
public sealed class AlternatingPlacement : PlacementStrategy
{
}

/// <summary>Places activations for <see cref="AlternatingPlacement"/>: round robin over the compatible silos.</summary>
public sealed class AlternatingPlacementDirector : IPlacementDirector
{
    private int _next = -1;

    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        var turn = (uint)Interlocked.Increment(ref _next);
        return Task.FromResult(silos[(int)(turn % (uint)silos.Length)]);
    }
}

/// <summary>Makes <see cref="AlternatingPlacement"/> the default placement of a test cluster's silos.</summary>
public sealed class AlternatingPlacementConfigurator : Orleans.TestingHost.ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddPlacementDirector<AlternatingPlacement, AlternatingPlacementDirector>();
        siloBuilder.Services.AddSingleton<PlacementStrategy, AlternatingPlacement>();
    }
}
