using System.Globalization;
using Belajar.Dapodik;
using Belajar.Domain.Planning;
using Belajar.Grains.Lifecycle;

namespace Belajar.DevHost;

/// <summary>
/// <c>plan [snapshot] [--accounts N --schools N] [options]</c>: the national timeline (<see cref="NationalPlanner"/>) at the
/// quota and at a raised one, for Pusdatin, in Bahasa Indonesia like <c>validate</c>. Counts come from the snapshot's eligible
/// accounts and schools, or from <c>--accounts</c> and <c>--schools</c>. The settings' defaults come from the options classes
/// (<see cref="PlanDefaults"/>); <c>--help</c> lists every option with its default.
/// </summary>
public static class PlanCommand
{
    public const string Name = "plan";

    /// <summary>Exit code for a command line that is wrong (as the Dapodik commands).</summary>
    public const int Usage = DapodikCommands.Usage;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The options with their defaults, as <c>--help</c> and a wrong command line print them.</summary>
    public static string UsageText
    {
        get
        {
            var d = PlanDefaults.Input(0, 0, 2400, default, default);
            return string.Join(Environment.NewLine,
                "Pemakaian: plan <folder snapshot> | --accounts N --schools N  [pilihan]",
                "  --quota N                     kueri Directory per menit (bawaan 2400)",
                "  --raised-quota N              kuota yang dinaikkan (bawaan 4 × kuota)",
                Text($"  --sync-period [d.]hh:mm:ss    Lifecycle:SyncPeriod (bawaan {d.SyncPeriod:c})"),
                Text($"  --sync-max-period [d.]hh:mm:ss  Lifecycle:SyncMaxPeriod (bawaan {d.SyncMaxPeriod:c})"),
                "  --sign-in-discovery Listing|Activities  Lifecycle:SignInDiscovery (bawaan Listing)",
                Text($"  --sync-after-deadline true|false  Lifecycle:SyncAfterDeadline (bawaan {d.SyncAfterDeadline.ToString().ToLowerInvariant()})"),
                Text($"  --deadline-status-max-age [d.]hh:mm:ss  Lifecycle:DeadlineStatusMaxAge (bawaan {d.DeadlineStatusMaxAge:c})"),
                Text($"  --never-used 0..1             bagian akun yang tidak pernah dipakai (bawaan {d.NeverUsedShare})"),
                "  --start yyyy-MM-dd            mulai (bawaan hari ini)",
                "  --deadline yyyy-MM-dd         tenggat (bawaan mulai + 180 hari)",
                "  --help                        bantuan ini");
        }
    }

    /// <summary>Parses <paramref name="args"/>, counts the snapshot if one is given, prints the plan; 0, or an exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TimeProvider time, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync(UsageText).ConfigureAwait(false);
            return 0;
        }

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

        var input = line.Apply(PlanDefaults.Input(accounts, schools, line.Quota, line.Start, line.Deadline));
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
                "--sync-period" => Period(value, TimeSpan.FromMinutes(1), out var p) && Set(ref line, line with { SyncPeriod = p }),
                "--sync-max-period" => Period(value, TimeSpan.FromMinutes(1), out var m) && Set(ref line, line with { SyncMaxPeriod = m }),
                "--deadline-status-max-age" => Period(value, TimeSpan.Zero, out var a) && Set(ref line, line with { DeadlineStatusMaxAge = a }),
                "--sign-in-discovery" => Discovery(value, out var s) && Set(ref line, line with { Discovery = s }),
                "--sync-after-deadline" => bool.TryParse(value, out var b) && Set(ref line, line with { SyncAfterDeadline = b }),
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

        if (line.SyncPeriod is { } shortest && line.SyncMaxPeriod is { } longest && longest < shortest)
        {
            problem = "--sync-max-period tidak boleh lebih pendek dari --sync-period.";
            return false;
        }

        var from = start ?? today;
        line = line with { RaisedQuota = raised ?? line.Quota * 4, Start = from, Deadline = deadline ?? from.AddDays(180) };
        return true;
    }

    private static bool Positive(string value, out long n) => long.TryParse(value, NumberStyles.None, Invariant, out n) && n > 0;

    private static bool Period(string value, TimeSpan least, out TimeSpan period) =>
        TimeSpan.TryParse(value, Invariant, out period) && period >= least;

    private static bool Discovery(string value, out SignInDiscoveryMode mode) =>
        Enum.TryParse(value, ignoreCase: true, out mode) && Enum.IsDefined(mode) && !char.IsAsciiDigit(value[0]);

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

    private static string Text(FormattableString text) => text.ToString(Invariant);

    /// <summary>The command line: what it gives overrides the defaults (null: the setting's default).</summary>
    private sealed record PlanLine
    {
        public string? Snapshot { get; init; }

        public long? Accounts { get; init; }

        public long? Schools { get; init; }

        public int Quota { get; init; } = 2400;

        public int RaisedQuota { get; init; }

        public TimeSpan? SyncPeriod { get; init; }

        public TimeSpan? SyncMaxPeriod { get; init; }

        public TimeSpan? DeadlineStatusMaxAge { get; init; }

        public SignInDiscoveryMode? Discovery { get; init; }

        public bool? SyncAfterDeadline { get; init; }

        public double? NeverUsed { get; init; }

        public DateTimeOffset Start { get; init; }

        public DateTimeOffset Deadline { get; init; }

        public PlanInput Apply(PlanInput defaults) => defaults with
        {
            SyncPeriod = SyncPeriod ?? defaults.SyncPeriod,
            SyncMaxPeriod = SyncMaxPeriod ?? (SyncPeriod > defaults.SyncMaxPeriod ? SyncPeriod.Value : defaults.SyncMaxPeriod),
            DeadlineStatusMaxAge = DeadlineStatusMaxAge ?? defaults.DeadlineStatusMaxAge,
            SignInsFromActivities = Discovery is { } d ? d == SignInDiscoveryMode.Activities : defaults.SignInsFromActivities,
            SyncAfterDeadline = SyncAfterDeadline ?? defaults.SyncAfterDeadline,
            NeverUsedShare = NeverUsed ?? defaults.NeverUsedShare,
        };
    }
}
