using System.Diagnostics;
using Npgsql;

namespace Belajar.Api.Tests;

/// <summary>
/// A throw-away PostgreSQL 15 for this test project: <c>initdb</c> + <c>pg_ctl</c> in a temp folder, reached over a Unix socket.
/// As root both run through <c>runuser -u postgres --</c> (initdb refuses root).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinFolder = "/usr/lib/postgresql/15/bin";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"belajar-api-pg-{Guid.NewGuid():N}");
    private readonly int _port = Random.Shared.Next(20_000, 40_000);

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "postgres:postgres", _folder);
        }

        var data = Path.Combine(_folder, "data");
        await RunPostgresAsync("initdb", "--no-sync", "-A", "trust", "-U", "postgres", "-D", data);
        await RunPostgresAsync("pg_ctl", "start", "-w", "-D", data, "-l", Path.Combine(_folder, "log"),
            "-o", $"-k {_folder} -p {_port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off");
        DataSource = NpgsqlDataSource.Create($"Host={_folder};Port={_port};Username=postgres;Database=postgres;Maximum Pool Size=5");
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await RunPostgresAsync("pg_ctl", "stop", "-m", "immediate", "-D", Path.Combine(_folder, "data"));
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private Task RunPostgresAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinFolder, tool), .. arguments])
            : RunAsync(Path.Combine(BinFolder, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
