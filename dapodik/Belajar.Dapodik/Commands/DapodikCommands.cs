using System.Diagnostics;
using System.Globalization;

namespace Belajar.Dapodik;

/// <summary>
/// The command-line entry points of the Dapodik library, for a host to wire in:
/// <c>validate &lt;folder&gt;</c> (the quality gate) and
/// <c>generate --learners N --seed S --out &lt;folder&gt; [--invalid-share 0.02] [--schools N] [--provinces N] [--bcrypt-cost 4]</c>.
/// </summary>
public static class DapodikCommands
{
    /// <summary>Exit code when the snapshot cannot be read.</summary>
    public const int Unreadable = 2;

    /// <summary>Exit code for a command line that is wrong.</summary>
    public const int Usage = 64;

    /// <summary>
    /// Runs <paramref name="args"/> when it is one of this library's commands and returns its exit code (0 = done);
    /// returns null when it is not (the host then handles the arguments itself).
    /// </summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length == 0)
        {
            return null;
        }

        return args[0] switch
        {
            "validate" => await ValidateAsync(args, output, ct).ConfigureAwait(false),
            "generate" => await GenerateAsync(args, output, ct).ConfigureAwait(false),
            _ => null,
        };
    }

    private static async Task<int> ValidateAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        if (args.Length != 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            output.WriteLine("usage: validate <snapshot folder>   (the folder with sekolah.csv, peserta_didik.csv, ptk.csv, pengguna.csv)");
            return Usage;
        }

        var report = new SnapshotReport();
        var watch = Stopwatch.StartNew();
        try
        {
            await foreach (var roster in new SnapshotReader(args[1]).ReadAsync(report, ct).ConfigureAwait(false))
            {
                report.Add(Eligibility.Evaluate(roster));
            }
        }
        catch (SnapshotUnreadableException ex)
        {
            output.WriteLine($"Snapshot tidak dapat dibaca, tidak ada yang diimpor: {ex.Message}");
            return Unreadable;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Snapshot {args[1]} dibaca dalam {watch.Elapsed.TotalSeconds:N1} dtk"));
        ReportPrinter.Print(report, output);
        return 0;
    }

    private static async Task<int> GenerateAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        const string usage = "usage: generate --learners N --seed S --out <folder> [--invalid-share 0.02] [--schools N] [--provinces N] [--bcrypt-cost 4]";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                output.WriteLine($"'{args[i]}' needs a value. {usage}");
                return Usage;
            }

            values[args[i]] = args[i + 1];
        }

        var unknown = values.Keys.Except(["--learners", "--seed", "--out", "--invalid-share", "--schools", "--provinces", "--bcrypt-cost"]).ToList();
        if (unknown.Count > 0 || !values.TryGetValue("--out", out var folder))
        {
            output.WriteLine(unknown.Count > 0 ? $"Unknown option(s) {string.Join(", ", unknown)}. {usage}" : $"--out is required. {usage}");
            return Usage;
        }

        SyntheticSnapshotOptions options;
        try
        {
            options = new SyntheticSnapshotOptions
            {
                Learners = Int(values, "--learners") ?? 1000,
                Seed = Int(values, "--seed") ?? 1,
                InvalidShare = values.TryGetValue("--invalid-share", out var share) ? double.Parse(share, CultureInfo.InvariantCulture) : 0,
                Schools = Int(values, "--schools"),
                Provinces = Int(values, "--provinces"),
                BcryptWorkFactor = Int(values, "--bcrypt-cost") ?? 4,
            };
            options.Validate();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            output.WriteLine($"{ex.Message} {usage}");
            return Usage;
        }

        var watch = Stopwatch.StartNew();
        await SyntheticSnapshot.WriteAsync(folder, options, ct).ConfigureAwait(false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote a synthetic snapshot of {options.Learners:N0} learners (seed {options.Seed}) to {folder} in {watch.Elapsed.TotalSeconds:N1} s; operator passwords in {SnapshotFiles.OperatorPasswords}."));
        return 0;
    }

    private static int? Int(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name} must be a whole number, got '{text}'.");
    }
}
