using System.Diagnostics;
using Belajar.Dapodik;

namespace Belajar.Benchmarks;

/// <summary>Synthetic snapshots for the Dapodik benchmarks, generated once per size and seed into the temp folder and reused.</summary>
internal static class DapodikBenchData
{
    public static async Task<string> SnapshotAsync(int learners, BenchmarkContext context)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"belajar-bench-dapodik-{learners}-seed1");
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done))
        {
            return folder;
        }

        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        var watch = Stopwatch.StartNew();
        await SyntheticSnapshot.WriteAsync(folder, new SyntheticSnapshotOptions { Learners = learners, Seed = 1, InvalidShare = 0.01 });
        context.Report($"generate {learners:N0} learners (bcrypt cost 4 for operators), learner rows/s", learners / watch.Elapsed.TotalSeconds, "rows/s");
        await File.WriteAllTextAsync(done, string.Empty);
        return folder;
    }

    /// <summary>Data rows of the four snapshot files (header excluded).</summary>
    public static long CountRows(string folder) =>
        new[] { SnapshotFiles.Sekolah, SnapshotFiles.PesertaDidik, SnapshotFiles.Ptk, SnapshotFiles.Pengguna }
            .Sum(f => File.ReadLines(Path.Combine(folder, f)).LongCount() - 1);
}
