using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Belajar.LocalServices;

/// <summary>
/// A throwaway PostgreSQL server in a temporary folder: <c>initdb</c> + <c>pg_ctl</c> from the Debian packages
/// (run as the <c>postgres</c> OS user when the tests run as root), on a free loopback port, trust authentication.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _dataDirectory;
    private readonly string _binDirectory;
    private readonly bool _asPostgresUser;

    private PostgresServer(string root, string binDirectory, bool asPostgresUser, int port)
    {
        _root = root;
        _dataDirectory = Path.Combine(root, "data");
        _binDirectory = binDirectory;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    /// <summary>
    /// Extra server settings appended to the command line, for profiling (e.g. <c>-c shared_preload_libraries=pg_stat_statements</c>).
    /// </summary>
    public const string ExtraSettingsVariable = "BELAJAR_PG_SETTINGS";

    public int Port { get; }

    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";

    public static async Task<PostgresServer> StartAsync()
    {
        var binDirectory = FindBinDirectory();
        var asPostgresUser = Environment.UserName == "root";
        var root = Path.Combine(Path.GetTempPath(), $"belajar-pg-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(root);
        if (asPostgresUser && !OperatingSystem.IsWindows())
        {
            // the data folder's parent and the socket folder must be writable by postgres
            File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);
        }

        var server = new PostgresServer(root, binDirectory, asPostgresUser, FindFreePort());
        try
        {
            await server.RunAsync("initdb", $"-D {server._dataDirectory} -U postgres --auth=trust --no-sync -E UTF8 --locale=C", captureOutput: true);
            var settings = $"-p {server.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off " +
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300" +
                (Environment.GetEnvironmentVariable(ExtraSettingsVariable) is { Length: > 0 } extra ? " " + extra : "");
            await server.RunAsync("pg_ctl", $"-D {server._dataDirectory} -l {Path.Combine(root, "server.log")} -s -w -t 60 -o \"{settings}\" start");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (System.IO.Directory.Exists(Path.Combine(_dataDirectory, "global")))
        {
            try
            {
                await RunAsync("pg_ctl", $"-D {_dataDirectory} -m immediate -s -w stop");
            }
            catch (InvalidOperationException)
            {
                // the server is already gone
            }
        }

        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temporary folder is harmless
        }
    }

    private async Task RunAsync(string tool, string arguments, bool captureOutput = false)
    {
        var executable = Path.Combine(_binDirectory, tool);
        var start = _asPostgresUser
            ? new ProcessStartInfo("runuser", $"-u postgres -- {executable} {arguments}")
            : new ProcessStartInfo(executable, arguments);
        start.UseShellExecute = false;
        start.WorkingDirectory = _root;

        // pg_ctl's output is never redirected: the server it starts would keep the pipe open for ever
        start.RedirectStandardOutput = captureOutput;
        start.RedirectStandardError = captureOutput;
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {tool}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var output = captureOutput
            ? await Task.WhenAll(process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token))
            : ["", ""];
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            var tail = File.Exists(log) ? File.ReadAllText(log) : "";
            throw new InvalidOperationException($"{tool} {arguments} exited with {process.ExitCode}. {output[0]}{output[1]}{tail}");
        }
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var bin = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "No PostgreSQL server found under /usr/lib/postgresql/*/bin: install it (`apt-get install -y postgresql`, " +
            "or run ./test.sh as root), or set BELAJAR_TEST_PG to the connection string of an existing server.");
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
