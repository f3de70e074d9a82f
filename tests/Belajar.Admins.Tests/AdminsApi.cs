using Belajar.DevHost;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Directory.Emulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Admins.Tests;

/// <summary>
/// The api's Program in the embedded profile (co-hosted silo, Directory emulator on a free loopback port), an SMTP sink, and
/// configured users: Pusdatin, the Dinas of a province, of one of its kabupaten, of a foreign kabupaten, and a regional administrator.
/// </summary>
public class AdminsApi : IAsyncLifetime
{
    public const string Password = "Rahasia-123";
    public const string Province = "020000";
    public const string Kabupaten = "020100";
    public const string Foreign = "030100";

    public static readonly (string User, string Role, string? Kode)[] Users =
    [
        ("pusdatin", "pusdatin", null),
        ("dinas-prov", "dinas", Province),
        ("dinas-kab", "dinas", Kabupaten),
        ("dinas-kab2", "dinas", "020200"),
        ("dinas-kab3", "dinas", "020300"),
        ("dinas-lain", "dinas", Foreign),
        ("admin-kab", "admin-wilayah", Kabupaten),
    ];

    private readonly string _data = Path.Combine(Path.GetTempPath(), "belajar-admins-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _tokens = [];
    private readonly IReadOnlyDictionary<string, string> _extraSettings;
    private WebApplicationFactory<DevelopmentHost> _factory = null!;

    public AdminsApi()
        : this(new Dictionary<string, string>())
    {
    }

    protected AdminsApi(IReadOnlyDictionary<string, string> extraSettings)
    {
        _extraSettings = extraSettings;
    }

    public MailSink Mail { get; } = new();

    public HttpClient Http { get; private set; } = null!;

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        var hash = BCrypt.Net.BCrypt.HashPassword(Password, 4);
        // Started here, not by the embedded default: WebApplicationFactory would take the first host built (the emulator's) for the api.
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Host = "127.0.0.1", Port = 0 });
        _factory = new WebApplicationFactory<DevelopmentHost>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Directory:BaseUri", Emulator.BaseUri.ToString());
            web.UseSetting("Directory:TokenUri", Emulator.TokenUri.ToString());
            web.UseSetting("Directory:ServiceAccountKeyJson", Emulator.ServiceAccountKeyJson);
            web.UseSetting("Directory:AdminEmail", Emulator.AdminEmail);
            web.UseSetting("Belajar:StartupRun:Enabled", "false");
            web.UseSetting("Belajar:DataFolder", _data);
            web.UseSetting("Smtp:Host", "127.0.0.1");
            web.UseSetting("Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("Identity:HashWorkFactor", "4");
            foreach (var (key, value) in _extraSettings)
            {
                web.UseSetting(key, value);
            }
            for (var i = 0; i < Users.Length; i++)
            {
                web.UseSetting($"Identity:Users:{i}:Username", Users[i].User);
                web.UseSetting($"Identity:Users:{i}:PasswordHash", hash);
                web.UseSetting($"Identity:Users:{i}:Role", Users[i].Role);
                if (Users[i].Kode is { } kode)
                {
                    web.UseSetting($"Identity:Users:{i}:KodeWilayah", kode);
                }
            }
        });
        Http = _factory.CreateClient();
        foreach (var (user, _, _) in Users)
        {
            var response = await Http.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = Password });
            var body = await response.Content.ReadAsStringAsync();
            _tokens[user] = response.IsSuccessStatusCode
                ? JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!
                : throw new InvalidOperationException($"{user} cannot sign in: {(int)response.StatusCode} {body}");
        }
    }

    public async Task<string?> SignInAsync(string username, string password)
    {
        var response = await Http.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()
            : null;
    }

    public Task<HttpResponseMessage> SendAsync(string? user, HttpMethod method, string path, object? body = null) =>
        SendWithTokenAsync(user is null ? null : _tokens[user], method, path, body);

    public Task<HttpResponseMessage> SendWithTokenAsync(string? token, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Nominates through the Dinas and returns the nomination ids.</summary>
    public async Task<string[]> NominateAsync(string dinas, string kode, params (string Name, string Nik, string Email)[] nominees)
    {
        var response = await SendAsync(dinas, HttpMethod.Post, $"/api/v1/regions/{kode}/admin-nominations",
            new { nominees = nominees.Select(n => new { fullName = n.Name, nik = n.Nik, email = n.Email }) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var made = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. made.EnumerateArray().Select(n => n.GetProperty("nominationId").GetString()!)];
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        await Emulator.DisposeAsync();
        await Mail.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AdminsCollection : ICollectionFixture<AdminsApi>
{
    public const string Name = "admins";
}
