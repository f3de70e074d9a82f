namespace Belajar.Benchmarks;

/// <summary>A grain that only gets activated, for the idle-activation baselines of <see cref="AccountGrainMemoryBenchmark"/>.</summary>
[Alias("Belajar.Benchmarks.IIdleBenchGrain")]
public interface IIdleBenchGrain : IGrainWithStringKey
{
    [Alias("Ping")]
    Task PingAsync();
}
