using System.Diagnostics;
using System.Globalization;

namespace Belajar.Benchmarks;

/// <summary>
/// Where CPU went during a measurement (Linux <c>/proc</c>): this process, the PostgreSQL server listening on a port (its
/// postmaster, the children it reaped and the live backends), and the whole machine (other people's work included).
/// </summary>
internal sealed class CpuMeter
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int _port;
    private readonly TimeSpan _process;
    private readonly double _postgres;
    private readonly (double Busy, double Total) _machine;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    private CpuMeter(int port)
    {
        _port = port;
        _process = Process.GetCurrentProcess().TotalProcessorTime;
        _postgres = PostgresSeconds(port);
        _machine = Machine();
    }

    public static CpuMeter Start(string connectionString) =>
        new(new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Port);

    /// <summary>Cores used on average since the start: this process, PostgreSQL, the whole machine; and the wall time.</summary>
    public (double Process, double Postgres, double Machine, TimeSpan Wall) Stop()
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var process = (Process.GetCurrentProcess().TotalProcessorTime - _process).TotalSeconds / wall;
        var postgres = (PostgresSeconds(_port) - _postgres) / wall;
        var machine = Machine();
        var busy = (machine.Busy - _machine.Busy) / (machine.Total - _machine.Total) * Environment.ProcessorCount;
        return (process, postgres, busy, _wall.Elapsed);
    }

    private static (double Busy, double Total) Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 1);
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }

    /// <summary>CPU seconds of the server on <paramref name="port"/>: postmaster (with reaped children) plus live children.</summary>
    private static double PostgresSeconds(int port)
    {
        var stats = new List<(int Pid, int Parent, double Self, double Children)>();
        int? postmaster = null;
        foreach (var dir in System.IO.Directory.Exists("/proc") ? System.IO.Directory.GetDirectories("/proc") : [])
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                if (!stat.Contains("(postgres)", StringComparison.Ordinal))
                {
                    continue;
                }

                var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                stats.Add((pid, int.Parse(f[1], CultureInfo.InvariantCulture),
                    (double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture)) / TicksPerSecond,
                    (double.Parse(f[13], CultureInfo.InvariantCulture) + double.Parse(f[14], CultureInfo.InvariantCulture)) / TicksPerSecond));
                var command = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (command.Contains($"-p {port} ", StringComparison.Ordinal))
                {
                    postmaster = pid;
                }
            }
            catch (IOException)
            {
                // the process ended meanwhile
            }
        }

        return postmaster is not { } root ? 0
            : stats.Where(s => s.Pid == root).Sum(s => s.Self + s.Children) + stats.Where(s => s.Parent == root).Sum(s => s.Self);
    }
}
