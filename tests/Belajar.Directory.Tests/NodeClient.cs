using System.Diagnostics;

namespace Belajar.Directory.Tests;

/// <summary>
/// Google's Node client in <c>Conformance/</c> (committed <c>package.json</c> and <c>package-lock.json</c>): <c>npm ci</c>
/// once per test run, then <c>node conformance.mjs</c> per scenario. Needs <c>node</c> and <c>npm</c> (test.sh installs them).
/// </summary>
public sealed class NodeClient : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The folder of the Node project.</summary>
    public string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "Belajar.Directory.Tests", "Conformance");

    public async Task InitializeAsync()
    {
        var (exit, _, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], new Dictionary<string, string>());
        if (exit != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed ({exit}): {error}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs <c>node conformance.mjs</c> with <paramref name="environment"/>; its standard output (a JSON object).</summary>
    public async Task<string> RunScenarioAsync(Dictionary<string, string> environment)
    {
        var (exit, output, error) = await RunAsync("node", ["conformance.mjs"], environment);
        return exit == 0 ? output : throw new InvalidOperationException($"node conformance.mjs failed ({exit}): {error}");
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string program, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start; install Node.js and npm.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BelajarOrleans.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("BelajarOrleans.sln not found above " + AppContext.BaseDirectory);
    }
}
