namespace Belajar.Directory.Emulator;

/// <summary>
/// The emulator as a program of its own (not top-level statements: the api references this assembly, and .NET makes a top-level
/// <c>Program</c> public, which would clash with the api's).
/// </summary>
public static class EmulatorProgram
{
    public static async Task Main(string[] args)
    {
        // Standalone: http://127.0.0.1:5090 unless Emulator:Port says otherwise; the key file is created when missing.
        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().AddCommandLine(args).Build();
        var options = new EmulatorOptions { Port = 5090, ServiceAccountKeyPath = Path.Combine(AppContext.BaseDirectory, "emulator-service-account.json") };
        if (configuration.GetSection("Emulator:Domains").Exists())
        {
            options.Domains.Clear(); // the binder appends to a list: configured domains replace the defaults
        }

        configuration.GetSection("Emulator").Bind(options);

        await using var emulator = await DirectoryEmulator.StartAsync(options, TimeProvider.System, args: args);
        Console.WriteLine($"Directory emulator on {emulator.BaseUri} (token endpoint {emulator.TokenUri}); service-account key: {emulator.ServiceAccountKeyPath}; impersonate {emulator.AdminEmail}");
        await emulator.WaitForShutdownAsync();
    }
}
