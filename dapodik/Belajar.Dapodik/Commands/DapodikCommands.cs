using System.Diagnostics;
using System.Globalization;

namespace Belajar.Dapodik;

/// <summary>
/// What the Dapodik commands do, once their command line is parsed (by <c>DapodikCli</c> of Belajar.Dapodik.Tool):
/// <c>validate</c> (the quality gate) and <c>generate</c> (a synthetic snapshot).
/// </summary>
public static class DapodikCommands
{
    /// <summary>Exit code when the snapshot cannot be read.</summary>
    public const int Unreadable = 2;

    /// <summary>Exit code for a command line that is wrong.</summary>
    public const int Usage = 64;

    /// <summary>The quality gate: reads the snapshot in <paramref name="folder"/> and prints its report; 0, or <see cref="Unreadable"/>.</summary>
    public static async Task<int> ValidateAsync(string folder, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(output);
        var report = new SnapshotReport();
        var watch = Stopwatch.StartNew();
        try
        {
            await foreach (var roster in new SnapshotReader(folder).ReadAsync(report, ct).ConfigureAwait(false))
            {
                report.Add(Eligibility.Evaluate(roster));
            }
        }
        catch (SnapshotUnreadableException ex)
        {
            output.WriteLine($"Snapshot tidak dapat dibaca, tidak ada yang diimpor: {ex.Message}");
            return Unreadable;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Snapshot {folder} dibaca dalam {watch.Elapsed.TotalSeconds:N1} dtk"));
        ReportPrinter.Print(report, output);
        return 0;
    }

    /// <summary>
    /// Writes a synthetic snapshot to <paramref name="folder"/>; 0, or <see cref="Usage"/> with the reason when
    /// <paramref name="options"/> are invalid.
    /// </summary>
    public static async Task<int> GenerateAsync(string folder, SyntheticSnapshotOptions options, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            output.WriteLine(ex.Message);
            return Usage;
        }

        var watch = Stopwatch.StartNew();
        await SyntheticSnapshot.WriteAsync(folder, options, ct).ConfigureAwait(false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote a synthetic snapshot of {options.Learners:N0} learners (seed {options.Seed}) to {folder} in {watch.Elapsed.TotalSeconds:N1} s; operator passwords in {SnapshotFiles.OperatorPasswords}."));
        return 0;
    }
}
