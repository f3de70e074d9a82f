namespace Belajar.Benchmarks;

/// <summary>A grain that writes its state once per call, for <see cref="GrainStorageBenchmark"/>.</summary>
[Alias("Belajar.Benchmarks.IStorageBenchGrain")]
public interface IStorageBenchGrain : IGrainWithStringKey
{
    [Alias("Write")]
    Task WriteAsync(int value);
}

/// <summary>The state written by <see cref="IStorageBenchGrain"/>.</summary>
[GenerateSerializer, Alias("Belajar.Benchmarks.StorageBenchState")]
public sealed class StorageBenchState
{
    [Id(0)] public int Value { get; set; }
    [Id(1)] public string Username { get; set; } = "";
    [Id(2)] public DateTimeOffset UpdatedAt { get; set; }
}
