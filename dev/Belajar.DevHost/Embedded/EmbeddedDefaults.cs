using Belajar.Directory.Emulator;

namespace Belajar.DevHost.Embedded;

/// <summary>
/// The embedded default: what <c>dotnet run --project api</c> needs on a fresh machine besides the co-hosted silo — its own
/// secrets, the sample snapshot unless another is given, and the Directory emulator on loopback (<c>http://127.0.0.1:5090</c>) standing in for Google unless
/// <c>Directory:BaseUri</c> points elsewhere.
/// </summary>
public static class EmbeddedDefaults
{
    public const string DataFolderKey = "Belajar:DataFolder";

    public static string DataFolder(IConfiguration configuration) =>
        Path.GetFullPath(configuration[DataFolderKey] is { Length: > 0 } folder ? folder : ".data");

    public static Task AddEmbeddedDefaultsAsync(this WebApplicationBuilder builder, TextWriter output)
    {
        var configuration = builder.Configuration;
        var data = DataFolder(configuration);
        System.IO.Directory.CreateDirectory(data);
        var settings = new Dictionary<string, string?>();

        var secrets = EmbeddedSecrets.LoadOrCreate(data, out var secretsPath, out var created);
        if (!configuration.GetSection("Secrets:PasswordKeys").GetChildren().Any())
        {
            settings["Secrets:PasswordKeys:embedded"] = secrets.PasswordKey;
            settings["Secrets:ActivePasswordKeyId"] = "embedded";
        }

        if (string.IsNullOrEmpty(configuration["Secrets:NikPepper"]))
        {
            settings["Secrets:NikPepper"] = secrets.NikPepper;
        }

        if (string.IsNullOrEmpty(configuration["Identity:SigningKey"]) && string.IsNullOrEmpty(configuration["Identity:Authority"]))
        {
            settings["Identity:SigningKey"] = secrets.SigningKey;
        }

        // The committed sample's demo hashes (and generated test snapshots) use bcrypt's cheapest cost.
        if (string.IsNullOrEmpty(configuration["Identity:MinimumHashCost"]))
        {
            settings["Identity:MinimumHashCost"] = "4";
        }

        output.WriteLine($"Embedded default: secrets {(created ? "generated in" : "read from")} {secretsPath}");

        if (string.IsNullOrEmpty(configuration["Directory:BaseUri"]))
        {
            // The emulator starts as a hosted service of this host, after the host is built: started here, its own web host
            // would be the first one built, and WebApplicationFactory<Program> would take it for the api.
            var options = EmulatorOptionsFrom(configuration, data);
            var baseUri = new Uri($"http://{options.Host}:{options.Port}/");
            var tokenUri = DirectoryEmulator.TokenUriOf(baseUri);
            options.ServiceAccountKeyJson = ServiceAccountKey.LoadOrCreate(options.ServiceAccountKeyPath!, tokenUri.ToString()).Json;
            builder.Services.AddSingleton(new EmbeddedEmulator(options));
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedEmulator>());
            foreach (var (key, value) in DirectoryEmulator.ClientSettings(baseUri, options.ServiceAccountKeyJson, options.AdminEmail))
            {
                settings[key] = value;
            }
            output.WriteLine($"Embedded default: Directory emulator on {baseUri} (stands in for Google)");
        }

        if (string.IsNullOrEmpty(configuration["Belajar:StartupRun:Snapshot"]) && string.IsNullOrEmpty(configuration["snapshot"])
            && SampleSnapshot.Find() is { } sample)
        {
            settings["Belajar:StartupRun:Snapshot"] = sample;
        }

        configuration.AddInMemoryCollection(settings);
        return Task.CompletedTask;
    }

    private static EmulatorOptions EmulatorOptionsFrom(IConfiguration configuration, string data)
    {
        var url = new Uri(configuration["Directory:Emulator:Url"] ?? "http://127.0.0.1:5090");
        var options = new EmulatorOptions
        {
            Host = url.Host,
            Port = url.Port == 0 ? FreePort() : url.Port,
            QueriesPerMinute = configuration.GetValue("Directory:Emulator:QueriesPerMinute", configuration.GetValue("Directory:QueriesPerMinute", 2400)),
            ServiceAccountKeyPath = Path.Combine(data, "emulator-service-account.json"),
        };
        configuration.GetSection("Directory:Emulator").Bind(options);
        return options;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The Directory emulator of the embedded default, started and stopped with the api (before the co-hosted silo).</summary>
public sealed class EmbeddedEmulator(EmulatorOptions options) : IHostedService
{
    /// <summary>The running emulator, once started.</summary>
    public DirectoryEmulator? Emulator { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken) => Emulator = await DirectoryEmulator.StartAsync(options, cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }
}
