namespace Belajar.Benchmarks;

/// <summary>
/// Prints the figures of <see cref="DatabaseSizeBenchmark"/> as Markdown tables: per size the tables, the state names and the
/// reminders; across the two sizes the bytes per extra account (the slope) beside the bytes per account of each size.
/// </summary>
internal static class DatabaseSizeReport
{
    public static void WriteSize(TextWriter output, DatabaseSizeBenchmark.Measurement m)
    {
        output.WriteLine(
            $"{m.Learners:N0} learner rows, {m.Schools:N0} schools, {m.Accounts:N0} accounts ({(double)m.Accounts / m.Schools:N0} a school); " +
            $"run {m.RunTime.TotalSeconds:N0} s, WAL written by the run {Mb(m.WalBytes)} ({(double)m.WalBytes / m.Accounts:N0} B/account), VACUUM (ANALYZE) {m.VacuumTime.TotalSeconds:N1} s, VACUUM FULL {m.VacuumFullTime.TotalSeconds:N1} s");
        output.WriteLine("| table | rows | dead rows after the run | after the run: total (heap / TOAST / indexes) | after VACUUM (ANALYZE) | after VACUUM FULL: total (heap / TOAST / indexes) | B/row after the run | B/account after the run | B/account after VACUUM FULL |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, run) in m.AfterRun.OrderByDescending(t => t.Value.TotalBytes))
        {
            var vacuum = m.AfterVacuum[name];
            var full = m.AfterVacuumFull[name];
            output.WriteLine(
                $"| {name} | {full.Rows:N0} | {run.DeadRows:N0} | {Split(run)} | {Mb(vacuum.TotalBytes)} | {Split(full)} " +
                $"| {(full.Rows == 0 ? "" : $"{(double)run.TotalBytes / full.Rows:N0}")} | {(double)run.TotalBytes / m.Accounts:N1} | {(double)full.TotalBytes / m.Accounts:N1} |");
        }

        output.WriteLine(
            $"| **all** | | | {Mb(m.AfterRun.Values.Sum(t => t.TotalBytes))} | {Mb(m.AfterVacuum.Values.Sum(t => t.TotalBytes))} | {Mb(m.AfterVacuumFull.Values.Sum(t => t.TotalBytes))} " +
            $"| | {m.AfterRun.Values.Sum(t => t.TotalBytes) / (double)m.Accounts:N1} | {m.AfterVacuumFull.Values.Sum(t => t.TotalBytes) / (double)m.Accounts:N1} |");
        output.WriteLine("| state name of orleans_storage (a compact table of its own) | rows | rows/account | average payload | total | B/row | B/account | B/school |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, s) in m.States.OrderByDescending(s => s.Value.TotalBytes))
        {
            output.WriteLine(
                $"| {name} | {s.Rows:N0} | {(double)s.Rows / m.Accounts:N3} | {s.PayloadBytes:N0} B | {Mb(s.TotalBytes)} | {(double)s.TotalBytes / s.Rows:N0} " +
                $"| {(double)s.TotalBytes / m.Accounts:N1} | {(double)s.TotalBytes / m.Schools:N0} |");
        }

        output.WriteLine("| reminder rows (grain type, name) | rows | per account | per school |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (name, rows) in m.Reminders.OrderByDescending(r => r.Value))
        {
            output.WriteLine($"| {name} | {rows:N0} | {(double)rows / m.Accounts:N3} | {(double)rows / m.Schools:N2} |");
        }
    }

    /// <summary>
    /// Per table (after the run and after VACUUM FULL) and per state name: bytes per account at each size and the bytes each
    /// account of the larger run added, <c>(large − small) / (accounts large − accounts small)</c>. Equal figures mean the size
    /// grows linearly with the accounts; a slope below the per-account figure means a fixed part that the slope leaves out.
    /// </summary>
    public static void WriteLinearity(BenchmarkContext context, DatabaseSizeBenchmark.Measurement small, DatabaseSizeBenchmark.Measurement large)
    {
        var output = context.Output;
        var extra = large.Accounts - small.Accounts;
        output.WriteLine(
            $"Linearity: {small.Accounts:N0} against {large.Accounts:N0} accounts ({extra:N0} more); bytes per account at each size and per extra account");
        output.WriteLine("| what | B/account, small | B/account, large | **B per extra account** | fixed part (small − slope × accounts) |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var name in large.AfterVacuumFull.Keys.Order(StringComparer.Ordinal))
        {
            Row(output, $"{name} after the run", small, large, m => m.AfterRun.GetValueOrDefault(name)?.TotalBytes ?? 0);
            Row(output, $"{name} after VACUUM FULL", small, large, m => m.AfterVacuumFull.GetValueOrDefault(name)?.TotalBytes ?? 0);
        }

        foreach (var name in large.States.Keys.Order(StringComparer.Ordinal))
        {
            Row(output, $"state {name} (own table)", small, large, m => m.States.GetValueOrDefault(name)?.TotalBytes ?? 0);
        }

        var afterRun = Row(output, "**all tables after the run**", small, large, m => m.AfterRun.Values.Sum(t => t.TotalBytes));
        var afterFull = Row(output, "**all tables after VACUUM FULL**", small, large, m => m.AfterVacuumFull.Values.Sum(t => t.TotalBytes));
        var wal = Row(output, "WAL written by the run", small, large, m => m.WalBytes);
        context.Report("database per extra account, after the run", afterRun, "B");
        context.Report("database per extra account, after VACUUM FULL", afterFull, "B");
        context.Report("after the run / after VACUUM FULL (per extra account)", afterRun / afterFull, "x");
        context.Report("WAL written per extra account", wal, "B");
    }

    private static double Row(TextWriter output, string what, DatabaseSizeBenchmark.Measurement small, DatabaseSizeBenchmark.Measurement large,
        Func<DatabaseSizeBenchmark.Measurement, long> bytes)
    {
        var slope = (double)(bytes(large) - bytes(small)) / (large.Accounts - small.Accounts);
        var fixedPart = bytes(small) - (slope * small.Accounts);
        output.WriteLine(
            $"| {what} | {(double)bytes(small) / small.Accounts:N1} | {(double)bytes(large) / large.Accounts:N1} | **{slope:N1}** | {Mb((long)fixedPart)} |");
        return slope;
    }

    private static string Split(DatabaseSizes.Table t) => $"{Mb(t.TotalBytes)} ({Mb(t.HeapBytes)} / {Mb(t.ToastBytes)} / {Mb(t.IndexBytes)})";

    private static string Mb(long bytes) => bytes >= 10 << 20 ? $"{bytes / 1048576.0:N1} MB" : $"{bytes / 1024.0:N0} kB";
}
