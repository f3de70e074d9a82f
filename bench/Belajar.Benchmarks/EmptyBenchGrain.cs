namespace Belajar.Benchmarks;

/// <summary>The empty grain: no fields, no state, nothing injected. What remains per activation is Orleans' own.</summary>
public sealed class EmptyBenchGrain : Grain, IIdleBenchGrain
{
    public Task PingAsync() => Task.CompletedTask;
}
