using System.Diagnostics;
using System.Globalization;
using Belajar.Dapodik;

namespace Belajar.Benchmarks;

/// <summary>
/// The child process of <see cref="DapodikMemoryBenchmark"/>: reads the snapshot named by an environment variable and
/// prints its peak memory. Does nothing when run on its own.
/// </summary>
public sealed class DapodikMemoryProbe : IBenchmark
{
    public const string ProbeName = "dapodik-memory-probe";
    public const string FolderVariable = "BELAJAR_DAPODIK_PROBE_FOLDER";

    public string Name => ProbeName;

    public async Task RunAsync(BenchmarkContext context)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrEmpty(folder))
        {
            context.Output.WriteLine("(run by dapodik-memory in a child process; nothing to do on its own)");
            return;
        }

        long peakHeap = 0;
        long peakAfterGc = 0;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                peakAfterGc = Math.Max(peakAfterGc, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                Thread.Sleep(5);
            }
        }) { IsBackground = true };
        sampler.Start();

        var watch = Stopwatch.StartNew();
        var report = new SnapshotReport();
        long rows = 0;
        await foreach (var roster in new SnapshotReader(folder).ReadAsync(report))
        {
            report.Add(Eligibility.Evaluate(roster));
            rows += roster.Learners.Count + roster.Staff.Count + roster.Operators.Count + 1;
        }

        rows += report.RejectedCount;
        var seconds = watch.Elapsed.TotalSeconds;
        stop.Cancel();
        sampler.Join();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        static long Buckets(string folder) => (new FileInfo(Path.Combine(folder, SnapshotFiles.PesertaDidik)).Length
            + new FileInfo(Path.Combine(folder, SnapshotFiles.Ptk)).Length + (16L << 20) - 1) / (16L << 20);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PROBE rowsPerSecond={rows / seconds:F0} peakWorkingSetMiB={self.PeakWorkingSet64 / 1048576.0:F1} peakHeapMiB={peakHeap / 1048576.0:F1} peakHeapAfterGcMiB={peakAfterGc / 1048576.0:F1} buckets={Buckets(folder)} rows={rows}"));
    }
}
