using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Belajar.Benchmarks;

/// <summary>
/// Peak memory of reading a whole snapshot (read + validate + group + eligibility) at two sizes, each in a fresh child
/// process (<see cref="DapodikMemoryProbe"/>) so that one size's peak does not hide the other's.
/// </summary>
public sealed class DapodikMemoryBenchmark : IBenchmark
{
    public string Name => "dapodik-memory";

    public async Task RunAsync(BenchmarkContext context)
    {
        int[] sizes = context.Smoke ? [2_000, 10_000] : [1_000_000, 5_000_000];
        var results = new List<(int Learners, double WorkingSetMiB, double HeapMiB)>();
        foreach (var learners in sizes)
        {
            var folder = await DapodikBenchData.SnapshotAsync(learners, context);
            var probe = await RunProbeAsync(folder);
            context.Report($"{learners:N0} learners: rows/s in the child", probe["rowsPerSecond"], "rows/s");
            context.Report($"{learners:N0} learners: peak working set", probe["peakWorkingSetMiB"], "MiB");
            context.Report($"{learners:N0} learners: peak managed heap incl. garbage (sampled every 5 ms)", probe["peakHeapMiB"], "MiB");
            context.Report($"{learners:N0} learners: peak managed heap size at a GC", probe["peakHeapAfterGcMiB"], "MiB");
            context.Report($"{learners:N0} learners: buckets", probe["buckets"], "");
            results.Add((learners, probe["peakWorkingSetMiB"], probe["peakHeapAfterGcMiB"]));
        }

        // The proof that memory does not grow with the snapshot: every size completes under the same hard heap limit.
        var limitMiB = context.Smoke ? 64 : 128;
        foreach (var learners in sizes)
        {
            var probe = await RunProbeAsync(await DapodikBenchData.SnapshotAsync(learners, context), limitMiB);
            context.Report($"{learners:N0} learners under a {limitMiB} MiB GC heap hard limit: completed, rows/s", probe["rowsPerSecond"], "rows/s");
        }

        context.Report($"peak working set, {sizes[1]:N0} / {sizes[0]:N0} learners", results[1].WorkingSetMiB / results[0].WorkingSetMiB, "x");
        context.Report($"peak managed heap after a GC, {sizes[1]:N0} / {sizes[0]:N0} learners", results[1].HeapMiB / results[0].HeapMiB, "x");
    }

    private static async Task<Dictionary<string, double>> RunProbeAsync(string folder, int? heapLimitMiB = null)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        start.ArgumentList.Add(DapodikMemoryProbe.ProbeName);
        start.Environment[DapodikMemoryProbe.FolderVariable] = folder;
        if (heapLimitMiB is { } limit)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = ((long)limit << 20).ToString("X", CultureInfo.InvariantCulture);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("PROBE ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the memory probe printed no result (exit {child.ExitCode}): {output}");
        return line[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
    }
}
