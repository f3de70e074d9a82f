using Belajar.Abstractions.SignIn;

namespace Belajar.Grains.SignIn;

/// <summary>The stored operators of one shard, keyed by lower-case username. Stored: never reorder or renumber an <c>[Id]</c>.</summary>
[GenerateSerializer, Alias("belajar.OperatorShardState")]
public sealed class OperatorShardState
{
    [Id(0)] public Dictionary<string, OperatorIdentity> Operators { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The bcrypt cost most of the shard's hashes have (0 when it holds none).</summary>
    [Id(1)] public int HashCost { get; set; }
}
