using Belajar.Directory.Emulator;

namespace Belajar.Api.Embedded;

/// <summary>
/// The embedded default: what <c>dotnet run --project api</c> needs on a fresh machine besides the co-hosted silo — its own
/// secrets, and the Directory emulator on loopback (<c>http://127.0.0.1:5090</c>) standing in for Google unless
/// <c>Directory:BaseUri</c> points elsewhere.
/// </summary>
public static class EmbeddedDefaults
{
    public const string DataFolderKey = "Belajar:DataFolder";

    public static string DataFolder(IConfiguration configuration) =>
        Path.GetFullPath(configuration[DataFolderKey] is { Length: > 0 } folder ? folder : ".data");

    public static async Task AddEmbeddedDefaultsAsync(this WebApplicationBuilder builder, TextWriter output)
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

        if (string.IsNullOrEmpty(configuration["Identity:SigningKey"]) && string.IsNullOrEmpty(configuration["Identity:Authority"]))
        {
            settings["Identity:SigningKey"] = secrets.SigningKey;
        }

        output.WriteLine($"Embedded default: secrets {(created ? "generated in" : "read from")} {secretsPath}");

        if (string.IsNullOrEmpty(configuration["Directory:BaseUri"]))
        {
            var emulator = await StartEmulatorAsync(configuration, data);
            builder.Services.AddSingleton(emulator);
            builder.Services.AddHostedService<EmulatorLifetime>();
            settings["Directory:BaseUri"] = emulator.BaseUri.ToString();
            settings["Directory:TokenUri"] = emulator.TokenUri.ToString();
            settings["Directory:ServiceAccountKeyJson"] = emulator.ServiceAccountKeyJson;
            settings["Directory:AdminEmail"] = emulator.AdminEmail;
            output.WriteLine($"Embedded default: Directory emulator on {emulator.BaseUri} (stands in for Google)");
        }

        configuration.AddInMemoryCollection(settings);
    }

    private static Task<DirectoryEmulator> StartEmulatorAsync(IConfiguration configuration, string data)
    {
        var url = new Uri(configuration["Directory:Emulator:Url"] ?? "http://127.0.0.1:5090");
        var options = new EmulatorOptions
        {
            Host = url.Host,
            Port = url.Port,
            QueriesPerMinute = configuration.GetValue("Directory:Emulator:QueriesPerMinute", configuration.GetValue("Directory:QueriesPerMinute", 2400)),
            ServiceAccountKeyPath = Path.Combine(data, "emulator-service-account.json"),
        };
        configuration.GetSection("Directory:Emulator").Bind(options);
        return DirectoryEmulator.StartAsync(options);
    }

    /// <summary>Stops the emulator with the app.</summary>
    private sealed class EmulatorLifetime(DirectoryEmulator emulator) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await emulator.DisposeAsync();
    }
}
