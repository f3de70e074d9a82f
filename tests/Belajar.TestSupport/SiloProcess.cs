using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Belajar.TestSupport;

/// <summary>
/// The real silo host (<c>silo/Belajar.Silo</c>) as a separate OS process, started with <c>dotnet</c> from its build
/// output, e.g. to kill it without warning. The test project must build it (a ProjectReference with
/// <c>ReferenceOutputAssembly="false"</c>).
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, int httpPort)
    {
        _process = process;
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where its health endpoints listen.</summary>
    public Uri HttpAddress { get; }

    /// <summary>What the process wrote so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the silo with the given configuration (<c>key=value</c> pairs, e.g. <c>Orleans:ClusterId</c>).</summary>
    public static SiloProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var httpPort = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(SiloAssemblyPath());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{httpPort}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the silo process");
        return new SiloProcess(process, httpPort);
    }

    /// <summary>Kills the process at once: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A free TCP port on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string SiloAssemblyPath()
    {
        var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = baseDirectory.Name;
        var configuration = baseDirectory.Parent!.Name;
        var root = baseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BelajarOrleans.sln")))
        {
            root = root.Parent;
        }

        var path = root is null
            ? ""
            : Path.Combine(root.FullName, "silo", "Belajar.Silo", "bin", configuration, framework, "Belajar.Silo.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Belajar.Silo.dll not found at '{path}': build silo/Belajar.Silo first.");
    }
}
