using System.Diagnostics;
using Belajar.Dapodik;
using nietras.SeparatedValues;

namespace Belajar.Benchmarks;

/// <summary>
/// Rows per second of <see cref="SnapshotReader"/> (read + validate + group by school through bucket files) against
/// reading the same four files with Sep alone (every cell touched, no validation), side by side in one run.
/// </summary>
public sealed class DapodikReadBenchmark : IBenchmark
{
    public string Name => "dapodik-read";

    public async Task RunAsync(BenchmarkContext context)
    {
        var learners = context.Smoke ? 5_000 : 1_000_000;
        var folder = await DapodikBenchData.SnapshotAsync(learners, context);
        var rows = DapodikBenchData.CountRows(folder);
        context.Output.WriteLine($"snapshot: {learners:N0} learners, {rows:N0} rows in 4 files");

        var rounds = context.Smoke ? 1 : 2;
        double bestSep = 0, bestReader = 0, bestSepCpu = 0, bestReaderCpu = 0;
        for (var round = 0; round < rounds; round++)
        {
            var (sepWall, sepCpu) = Measure(() => ReadWithSepOnly(folder));
            var (readerWall, readerCpu) = Measure(() => ReadWithReader(folder));
            bestSep = Math.Max(bestSep, rows / sepWall);
            bestSepCpu = Math.Max(bestSepCpu, rows / sepCpu);
            bestReader = Math.Max(bestReader, rows / readerWall);
            bestReaderCpu = Math.Max(bestReaderCpu, rows / readerCpu);
        }

        context.Report("Sep alone (parse every cell), rows/s wall", bestSep, "rows/s");
        context.Report("SnapshotReader (read + validate + group by school), rows/s wall", bestReader, "rows/s");
        context.Report("SnapshotReader / Sep alone, wall", bestReader / bestSep, "x");
        context.Report("Sep alone, rows per CPU-second", bestSepCpu, "rows/s");
        context.Report("SnapshotReader, rows per CPU-second", bestReaderCpu, "rows/s");
        context.Report("SnapshotReader / Sep alone, CPU", bestReaderCpu / bestSepCpu, "x");
    }

    private static (double Wall, double Cpu) Measure(Func<long> run)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var checksum = run();
        var wall = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        GC.KeepAlive(checksum);
        return (wall, cpuSeconds);
    }

    private static long ReadWithSepOnly(string folder)
    {
        long checksum = 0;
        foreach (var file in new[] { SnapshotFiles.Sekolah, SnapshotFiles.PesertaDidik, SnapshotFiles.Ptk, SnapshotFiles.Pengguna })
        {
            using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(Path.Combine(folder, file));
            foreach (var row in reader)
            {
                for (var i = 0; i < row.ColCount; i++)
                {
                    checksum += row[i].Span.Length;
                }
            }
        }

        return checksum;
    }

    private static long ReadWithReader(string folder)
    {
        long checksum = 0;
        var report = new SnapshotReport();
        var enumerator = new SnapshotReader(folder).ReadAsync(report).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                var roster = enumerator.Current;
                checksum += roster.Learners.Count + roster.Staff.Count + roster.Operators.Count;
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return checksum + report.RejectedCount;
    }
}
