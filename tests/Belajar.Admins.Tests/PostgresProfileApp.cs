using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace Belajar.Admins.Tests;

/// <summary>
/// The PostgreSQL profile in the test process: a silo on a fresh database with the Directory emulator, the cluster api
/// (<c>Program</c>) as its client over the same database, an SMTP sink, a Pusdatin and a Dinas user; every log line of the
/// silo and the api captured. The secrets it is configured with are known (<see cref="ConfiguredSecrets"/>).
/// </summary>
public sealed class PostgresProfileApp : IAsyncDisposable
{
    public const string Pusdatin = "pusdatin.rahasia";
    public const string Dinas = "dinas.rahasia";
    public const string Password = "Rahasia#Uji2026!";
    public const string Kabupaten = "020100";

    /// <summary>The silo's log lines (its configurator is made by type, so the sink is static; one app at a time).</summary>
    public static readonly CapturedLogs SiloLogs = new();

    private PostgresProfileApp(string database, DirectoryEmulator emulator, TestCluster cluster, WebApplicationFactory<Program> api, MailSink mail, CapturedLogs apiLogs, string[] secrets)
    {
        ApiLogs = apiLogs;
        Database = database;
        Emulator = emulator;
        Cluster = cluster;
        Api = api;
        Mail = mail;
        ConfiguredSecrets = secrets;
    }

    public string Database { get; }

    public DirectoryEmulator Emulator { get; }

    public TestCluster Cluster { get; }

    public WebApplicationFactory<Program> Api { get; }

    public MailSink Mail { get; }

    public CapturedLogs ApiLogs { get; }

    /// <summary>The password key, the signing key, the NIK pepper, the emulator's private key, the users' password.</summary>
    public IReadOnlyList<string> ConfiguredSecrets { get; }

    public static async Task<PostgresProfileApp> StartAsync(PostgresFixture postgres)
    {
        var database = await postgres.CreateDatabaseAsync("secrets_scan");
        var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var passwordKey = PasswordProtectionOptions.GenerateKey();
        var signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var nikPepper = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var builder = BelajarTestCluster.CreateBuilder(database, silos: 1);
        builder.UseDirectoryEmulator(emulator);
        builder.Properties["Secrets:PasswordKeys:scan"] = passwordKey;
        builder.Properties["Secrets:ActivePasswordKeyId"] = "scan";
        builder.Properties["Secrets:NikPepper"] = nikPepper;
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.AddSiloBuilderConfigurator<CapturingSilo>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var mail = new MailSink();
        var apiLogs = new CapturedLogs();
        var api = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            var settings = new Dictionary<string, string>(emulator.ClientSettings())
            {
                ["Secrets:PasswordKeys:scan"] = passwordKey,
                ["Secrets:ActivePasswordKeyId"] = "scan",
                ["Identity:SigningKey"] = signingKey,
                ["Identity:HashWorkFactor"] = LocalApp.HashWorkFactor.ToString(CultureInfo.InvariantCulture),
                ["Identity:MinimumHashCost"] = "4", // the sample's demo operators are hashed at cost 4
                ["Smtp:Host"] = "127.0.0.1",
                ["Smtp:Port"] = mail.Port.ToString(CultureInfo.InvariantCulture),
            };
            foreach (var (key, value) in ClusterClientSettings.Of(cluster, database))
            {
                settings[key] = value;
            }

            (string User, string Role, string? Kode)[] users = [(Pusdatin, "pusdatin", null), (Dinas, "dinas", Kabupaten)];
            for (var i = 0; i < users.Length; i++)
            {
                settings[$"Identity:Users:{i}:Username"] = users[i].User;
                settings[$"Identity:Users:{i}:PasswordHash"] = BCrypt.Net.BCrypt.HashPassword(Password, LocalApp.HashWorkFactor);
                settings[$"Identity:Users:{i}:Role"] = users[i].Role;
                if (users[i].Kode is { } kode)
                {
                    settings[$"Identity:Users:{i}:KodeWilayah"] = kode;
                }
            }

            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(l => l.AddProvider(apiLogs).SetMinimumLevel(LogLevel.Trace));
        });
        var privateKey = JsonDocument.Parse(emulator.ServiceAccountKeyJson).RootElement.GetProperty("private_key").GetString()!;
        return new PostgresProfileApp(database, emulator, cluster, api, mail, apiLogs, [passwordKey, signingKey, nikPepper, PemBody(privateKey), Password]);
    }

    /// <summary>A client signed in with <c>POST /api/v1/auth/token</c>, and its token.</summary>
    public async Task<(HttpClient Client, string Token)> SignedInAsync(string username, string password)
    {
        var http = Api.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{username}: {body}");
        var token = JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (http, token);
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Emulator.DisposeAsync();
        await Mail.DisposeAsync();
    }

    /// <summary>The base64 body of a PEM key on one line (a leak would not keep the line breaks).</summary>
    private static string PemBody(string pem) => string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)).Select(l => l.Trim()));

    private sealed class CapturingSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.Services.AddLogging(l => l.AddProvider(SiloLogs).SetMinimumLevel(LogLevel.Trace));
    }
}
