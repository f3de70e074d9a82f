using System.Reflection;
using Belajar.Benchmarks;

// Usage: dotnet run -c Release --project bench/Belajar.Benchmarks -- [--smoke] [name ...]
// With no name every benchmark runs; --smoke runs each at tiny sizes (what .ci/run does).
var smoke = args.Contains("--smoke");
var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .Where(b => names.Count == 0 || names.Contains(b.Name))
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (benchmarks.Count == 0)
{
    Console.Error.WriteLine($"No benchmark matches '{string.Join(' ', names)}'. Known: {string.Join(", ", typeof(IBenchmark).Assembly.GetTypes().Where(t => !t.IsInterface && typeof(IBenchmark).IsAssignableFrom(t)).Select(t => ((IBenchmark)Activator.CreateInstance(t)!).Name))}");
    return 2;
}

Console.WriteLine($"# {Environment.MachineName}: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {(smoke ? "smoke" : "full")} mode, {Assembly.GetExecutingAssembly().GetName().Name}");
var failed = 0;
foreach (var benchmark in benchmarks)
{
    Console.WriteLine($"## {benchmark.Name}");
    try
    {
        await benchmark.RunAsync(new BenchmarkContext(smoke, Console.Out));
    }
    catch (Exception ex)
    {
        failed++;
        Console.Error.WriteLine($"{benchmark.Name} failed: {ex}");
    }
}

return failed == 0 ? 0 : 1;
