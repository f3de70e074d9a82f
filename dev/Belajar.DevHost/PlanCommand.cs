using System.Globalization;
using Belajar.Dapodik;
using Belajar.Domain.Planning;

namespace Belajar.DevHost;

/// <summary>
/// <c>plan [snapshot] [--accounts N --schools N] [--quota 2400] [--raised-quota N] [--sync-period 06:00:00] [--never-used 0.4]
/// [--start yyyy-MM-dd] [--deadline yyyy-MM-dd]</c>: the national timeline (<see cref="NationalPlanner"/>) at the quota and at a
/// raised one, for Pusdatin, in Bahasa Indonesia like <c>validate</c>. Counts come from the snapshot's eligible accounts and
/// schools, or from <c>--accounts</c> and <c>--schools</c>.
/// </summary>
public static class PlanCommand
{
    public const string Name = "plan";

    /// <summary>Exit code for a command line that is wrong (as the Dapodik commands).</summary>
    public const int Usage = DapodikCommands.Usage;

    private const string UsageText =
        "Pemakaian: plan <folder snapshot> | --accounts N --schools N  [--quota 2400] [--raised-quota N (bawaan 4 × kuota)] " +
        "[--sync-period 06:00:00] [--never-used 0.4] [--start yyyy-MM-dd (bawaan hari ini)] [--deadline yyyy-MM-dd (bawaan mulai + 180 hari)]";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Parses <paramref name="args"/>, counts the snapshot if one is given, prints the plan; 0, or an exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TimeProvider time, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(time);
        if (!TryParse(args, time, out var line, out var problem))
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync(UsageText).ConfigureAwait(false);
            return Usage;
        }

        var (accounts, schools) = (line.Accounts ?? 0, line.Schools ?? 0);
        if (line.Snapshot is { } folder)
        {
            var report = new SnapshotReport();
            try
            {
                await foreach (var roster in new SnapshotReader(folder).ReadAsync(report, ct).ConfigureAwait(false))
                {
                    report.Add(Eligibility.Evaluate(roster));
                }
            }
            catch (SnapshotUnreadableException ex)
            {
                await output.WriteLineAsync($"Snapshot tidak dapat dibaca: {ex.Message}").ConfigureAwait(false);
                return DapodikCommands.Unreadable;
            }

            (accounts, schools) = (report.EligibleCount, report.SchoolsYielded);
        }

        var input = new PlanInput
        {
            Accounts = accounts, Schools = schools, QueriesPerMinute = line.Quota, SyncPeriod = line.SyncPeriod,
            NeverUsedShare = line.NeverUsed, Start = line.Start, Deadline = line.Deadline,
        };
        PlanPrinter.Print(input, line.Snapshot, [NationalPlanner.Plan(input), NationalPlanner.Plan(input with { QueriesPerMinute = line.RaisedQuota })], output);
        return 0;
    }

    private static bool TryParse(string[] args, TimeProvider time, out PlanLine line, out string problem)
    {
        line = new PlanLine();
        problem = "";
        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        int? raised = null;
        DateTimeOffset? start = null, deadline = null;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (line.Snapshot is not null)
                {
                    problem = $"Hanya satu folder snapshot; '{arg}' berlebih.";
                    return false;
                }

                line = line with { Snapshot = arg };
                continue;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"{arg} memerlukan nilai.";
                return false;
            }

            var value = args[++i];
            var ok = arg switch
            {
                "--accounts" => Positive(value, out var n) && Set(ref line, line with { Accounts = n }),
                "--schools" => Positive(value, out var n) && Set(ref line, line with { Schools = n }),
                "--quota" => int.TryParse(value, NumberStyles.None, Invariant, out var q) && q > 0 && Set(ref line, line with { Quota = q }),
                "--raised-quota" => int.TryParse(value, NumberStyles.None, Invariant, out var r) && r > 0 && (raised = r) > 0,
                "--sync-period" => TimeSpan.TryParse(value, Invariant, out var p) && p >= TimeSpan.FromMinutes(1) && Set(ref line, line with { SyncPeriod = p }),
                "--never-used" => double.TryParse(value, NumberStyles.Float, Invariant, out var u) && u is >= 0 and <= 1 && Set(ref line, line with { NeverUsed = u }),
                "--start" => Date(value, out var s) && (start = s) is not null,
                "--deadline" => Date(value, out var d) && (deadline = d) is not null,
                _ => false,
            };
            if (!ok)
            {
                problem = $"{arg} {value}: tidak dikenal atau nilainya tidak sah.";
                return false;
            }
        }

        var counted = line.Accounts is not null && line.Schools is not null;
        var countsGiven = line.Accounts is not null || line.Schools is not null;
        if (line.Snapshot is null ? !counted : countsGiven)
        {
            problem = "Berikan folder snapshot, atau --accounts dan --schools.";
            return false;
        }

        var from = start ?? today;
        line = line with { RaisedQuota = raised ?? line.Quota * 4, Start = from, Deadline = deadline ?? from.AddDays(180) };
        return true;
    }

    private static bool Positive(string value, out long n) => long.TryParse(value, NumberStyles.None, Invariant, out n) && n > 0;

    private static bool Date(string value, out DateTimeOffset date)
    {
        var ok = DateTime.TryParseExact(value, "yyyy-MM-dd", Invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed);
        date = new DateTimeOffset(parsed, TimeSpan.Zero);
        return ok;
    }

    private static bool Set(ref PlanLine line, PlanLine changed)
    {
        line = changed;
        return true;
    }

    private sealed record PlanLine
    {
        public string? Snapshot { get; init; }

        public long? Accounts { get; init; }

        public long? Schools { get; init; }

        public int Quota { get; init; } = 2400;

        public int RaisedQuota { get; init; }

        public TimeSpan SyncPeriod { get; init; } = TimeSpan.FromHours(6);

        public double NeverUsed { get; init; } = 0.4;

        public DateTimeOffset Start { get; init; }

        public DateTimeOffset Deadline { get; init; }
    }
}
