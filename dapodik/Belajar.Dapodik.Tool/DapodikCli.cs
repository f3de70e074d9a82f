using System.CommandLine;

namespace Belajar.Dapodik.Tool;

/// <summary>
/// The one entry point of the Dapodik commands, run by this tool and by the development host
/// (<c>dotnet run --project api -- validate …</c>):
/// <c>validate &lt;folder&gt;</c> (the quality gate) and
/// <c>generate --out &lt;folder&gt; [--learners N] [--seed S] [--invalid-share 0.02] [--schools N] [--provinces N] [--bcrypt-cost 4]</c>;
/// <c>--help</c> on either. A wrong command line answers <see cref="DapodikCommands.Usage"/> with what is wrong.
/// </summary>
public static class DapodikCli
{
    private static readonly string[] CommandNames = ["validate", "generate", "--help", "-h", "-?"];

    /// <summary>True when <paramref name="args"/> is one of these commands (or asks for help); anything else is the host's.</summary>
    public static bool IsCommand(IReadOnlyList<string> args) => args.Count > 0 && CommandNames.Contains(args[0], StringComparer.Ordinal);

    /// <summary>Parses and runs <paramref name="args"/>; answers the exit code (0 = done).</summary>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = BuildRoot(output).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Lihat --help.").ConfigureAwait(false);
            return DapodikCommands.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct).ConfigureAwait(false);
    }

    private static RootCommand BuildRoot(TextWriter output) =>
        new("Dapodik snapshots for BelajarOrleans: the quality gate and synthetic snapshots.") { Validate(output), Generate(output) };

    private static Command Validate(TextWriter output)
    {
        var folder = new Argument<string>("snapshot") { Description = "The snapshot folder (sekolah.csv, peserta_didik.csv, ptk.csv, pengguna.csv)." };
        var command = new Command("validate", "The quality gate: rejected rows by reason and province, not-eligible counts, eligible accounts by role and jenjang. Exit code 2 when the snapshot is unreadable.")
        {
            folder,
        };
        command.SetAction((result, ct) => DapodikCommands.ValidateAsync(result.GetValue(folder)!, output, ct));
        return command;
    }

    private static Command Generate(TextWriter output)
    {
        var defaults = new SyntheticSnapshotOptions();
        var folder = new Option<string>("--out") { Description = "The folder to write the snapshot to.", Required = true };
        var learners = new Option<int>("--learners") { Description = "Learner rows.", DefaultValueFactory = _ => defaults.Learners };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed writes the same snapshot.", DefaultValueFactory = _ => defaults.Seed };
        var invalidShare = new Option<double>("--invalid-share") { Description = "The share of deliberately bad rows (0 to 1).", DefaultValueFactory = _ => defaults.InvalidShare };
        var schools = new Option<int?>("--schools") { Description = "Schools (default: from the learners)." };
        var provinces = new Option<int?>("--provinces") { Description = "Provinces (default: from the schools)." };
        var bcryptCost = new Option<int>("--bcrypt-cost") { Description = "The bcrypt work factor of the operators' password hashes.", DefaultValueFactory = _ => defaults.BcryptWorkFactor };
        var command = new Command("generate", "A synthetic national snapshot, deterministic from the seed; operator passwords in operator-passwords.csv.")
        {
            folder, learners, seed, invalidShare, schools, provinces, bcryptCost,
        };
        command.SetAction((result, ct) => DapodikCommands.GenerateAsync(
            result.GetValue(folder)!,
            new SyntheticSnapshotOptions
            {
                Learners = result.GetValue(learners),
                Seed = result.GetValue(seed),
                InvalidShare = result.GetValue(invalidShare),
                Schools = result.GetValue(schools),
                Provinces = result.GetValue(provinces),
                BcryptWorkFactor = result.GetValue(bcryptCost),
            },
            output,
            ct));
        return command;
    }
}
