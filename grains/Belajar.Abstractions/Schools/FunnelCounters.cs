namespace Belajar.Abstractions.Schools;

/// <summary>The activation funnel of a school, a region or the nation.</summary>
[GenerateSerializer, Immutable, Alias("belajar.FunnelCounters")]
public sealed record FunnelCounters(
    [property: Id(0)] long Eligible,
    [property: Id(1)] long Created,
    [property: Id(2)] long Distributed,
    [property: Id(3)] long SignedIn,
    [property: Id(4)] long Activated,
    [property: Id(5)] long Deactivated,
    [property: Id(6)] long Failed)
{
    public static readonly FunnelCounters Zero = new(0, 0, 0, 0, 0, 0, 0);

    public FunnelCounters Add(FunnelCounters other) => new(
        Eligible + other.Eligible,
        Created + other.Created,
        Distributed + other.Distributed,
        SignedIn + other.SignedIn,
        Activated + other.Activated,
        Deactivated + other.Deactivated,
        Failed + other.Failed);
}
