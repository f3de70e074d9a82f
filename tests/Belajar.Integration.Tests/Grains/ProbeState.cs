namespace Belajar.Integration.Tests.Grains;

/// <summary>A stored state with the kinds of values real states hold, to check the storage round trip.</summary>
[GenerateSerializer, Alias("Belajar.Integration.Tests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public DateTimeOffset At { get; set; }
    [Id(2)] public List<string> Tags { get; set; } = [];
    [Id(3)] public Dictionary<string, int> Counts { get; set; } = [];
    [Id(4)] public ProbeKind Kind { get; set; }
    [Id(5)] public decimal? Amount { get; set; }
    [Id(6)] public Guid Id { get; set; }
}

/// <summary>An enum stored in <see cref="ProbeState"/>.</summary>
public enum ProbeKind
{
    None,
    PesertaDidik,
    Guru,
}
