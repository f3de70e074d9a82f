using Belajar.Abstractions.Regions;

namespace Belajar.Grains.Regions;

/// <summary>The stored state of a region. Stored: never reorder or renumber an <c>[Id]</c>.</summary>
[GenerateSerializer, Alias("belajar.RegionState")]
public sealed class RegionState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public Dictionary<string, RegionChild> Children { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public string ParentName { get; set; } = "";
}
