using System.Diagnostics;
using System.Net.NetworkInformation;

namespace Belajar.Integration.Tests;

/// <summary>
/// <c>deploy/local-cluster.sh</c> driven from a test: its state in a throwaway folder, the solution's Debug builds (no
/// second build: <c>BELAJAR_SKIP_BUILD=1</c>), settings for every host as environment variables. Dispose runs
/// <c>down</c>, so nothing stays running even when the test fails.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    /// <summary>The ports the script uses: the proxy 5080, the api replicas 5081.., the emulator 5090.</summary>
    public static readonly int[] FixedPorts = Enumerable.Range(5080, 11).ToArray();

    private readonly string _folder;
    private readonly Dictionary<string, string> _environment;

    public LocalCluster(IReadOnlyDictionary<string, string> environment)
    {
        _folder = System.IO.Directory.CreateTempSubdirectory("belajar-local-cluster-test-").FullName;
        // run as root, the script starts PostgreSQL as user postgres, which must pass through this folder (created 700)
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        StateFolder = Path.Combine(_folder, "state");
        SnapshotRoot = System.IO.Directory.CreateDirectory(Path.Combine(_folder, "snapshots")).FullName;
        _environment = new Dictionary<string, string>(environment)
        {
            ["BELAJAR_CLUSTER_DIR"] = StateFolder,
            ["BELAJAR_SKIP_BUILD"] = "1",
            ["BELAJAR_CONFIGURATION"] = Configuration,
        };
    }

    /// <summary>The script's state (logs, pids, secrets), removed by <c>down</c>.</summary>
    public string StateFolder { get; }

    /// <summary><c>Runs:SnapshotRoot</c> of every silo.</summary>
    public string SnapshotRoot { get; }

    /// <summary>The generated Pusdatin user's password (<c>up</c> writes it).</summary>
    public string PusdatinPassword => File.ReadAllText(Path.Combine(StateFolder, "pusdatin-password.txt")).Trim();

    /// <summary>The configuration this test assembly was built in (the script runs the same builds).</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The ports of <see cref="FixedPorts"/> something listens on now.</summary>
    public static IReadOnlyList<int> BusyPorts() =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Select(l => l.Port).Where(FixedPorts.Contains).Distinct().ToList();

    /// <summary>Writes a synthetic snapshot into <c>SnapshotRoot/name</c> with the DevHost's Dapodik <c>generate</c>.</summary>
    public async Task<string> GenerateAsync(string name, int learners, int seed)
    {
        var folder = Path.Combine(SnapshotRoot, name);
        var devHost = Path.Combine(RepositoryRoot.Path, "dev", "Belajar.DevHost", "bin", Configuration, "net10.0", "Belajar.DevHost.dll");
        await RunAsync("dotnet", [devHost, "generate", "--out", folder, "--learners", $"{learners}", "--seed", $"{seed}", "--bcrypt-cost", "4"],
            TimeSpan.FromMinutes(2));
        return folder;
    }

    /// <summary>Runs <c>local-cluster.sh</c> with the given arguments; throws with its output when it fails.</summary>
    public Task<string> ScriptAsync(TimeSpan timeout, params string[] arguments) =>
        RunAsync("bash", [Path.Combine(RepositoryRoot.Path, "deploy", "local-cluster.sh"), .. arguments], timeout);

    /// <summary>The last <paramref name="count"/> warnings and errors of a host's log (the level line and the message line after it).</summary>
    public string LogProblems(string name, int count = 20)
    {
        var path = Path.Combine(StateFolder, "logs", $"{name}.log");
        if (!File.Exists(path))
        {
            return $"(no log {path})";
        }

        var lines = File.ReadAllLines(path);
        var problems = lines.Select((line, i) => (line, i))
            .Where(l => l.line.StartsWith("warn:", StringComparison.Ordinal) || l.line.StartsWith("fail:", StringComparison.Ordinal) || l.line.StartsWith("crit:", StringComparison.Ordinal))
            .TakeLast(count)
            .Select(l => l.i + 1 < lines.Length ? $"{l.line}\n{lines[l.i + 1]}" : l.line);
        return string.Join('\n', problems);
    }

    /// <summary>The activations of the Directory quota grain the silos logged (see <see cref="LogLines"/>).</summary>
    public IReadOnlyList<(int Silo, string Line)> QuotaActivations() => LogLines("Directory quota of");

    /// <summary>
    /// The lines of the silos' logs that contain <paramref name="text"/>, with the silo's number I (of <c>silo-I</c>), in the
    /// order of the silos (a silo's lines in the order of its log).
    /// </summary>
    public IReadOnlyList<(int Silo, string Line)> LogLines(string text)
    {
        var found = new List<(int, string)>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Path.Combine(StateFolder, "logs"), "silo-*.log").Order(StringComparer.Ordinal))
        {
            var silo = int.Parse(Path.GetFileNameWithoutExtension(path)["silo-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    found.Add((silo, line.Trim()));
                }
            }
        }

        return found;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ScriptAsync(TimeSpan.FromMinutes(1), "down");
        }
        finally
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<string> RunAsync(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not end within {timeout.TotalSeconds:N0} s");
        }

        var text = await output + await errors;
        return process.ExitCode == 0
            ? text
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{text}");
    }
}
