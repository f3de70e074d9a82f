namespace Belajar.Benchmarks;

/// <summary>
/// One benchmark of the project. Each lives in its own file; <c>Program</c> finds them by reflection.
/// A benchmark measures its subject and its baseline side by side in the same run and prints ratios.
/// </summary>
public interface IBenchmark
{
    /// <summary>The name used on the command line, e.g. <c>dapodik-read</c>.</summary>
    string Name { get; }

    Task RunAsync(BenchmarkContext context);
}

/// <summary>What a benchmark is told: whether to run at tiny sizes, and where to write its figures.</summary>
public sealed record BenchmarkContext(bool Smoke, TextWriter Output)
{
    public void Report(string what, double value, string unit) => Output.WriteLine($"| {what} | {value:N2} {unit} |");
}
