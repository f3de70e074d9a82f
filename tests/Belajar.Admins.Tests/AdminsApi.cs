using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Directory.Emulator;
using Belajar.LocalServices;

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

    private readonly Dictionary<string, string> _tokens = [];
    private readonly IReadOnlyDictionary<string, string> _extraSettings;
    private LocalApp _app = null!;

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

    public DirectoryEmulator Emulator => _app.Emulator;

    public IGrainFactory Grains => _app.Grains;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in _extraSettings)
        {
            settings[key] = value;
        }

        _app = await LocalApp.StartAsync(new LocalAppOptions
        {
            Name = "admins",
            Users = [.. Users.Select(u => new LocalUser(u.User, Password, u.Role, u.Kode))],
            Settings = settings,
        });
        Http = _app.CreateClient();
        foreach (var (user, _, _) in Users)
        {
            _tokens[user] = await _app.TokenAsync(user, Password);
        }
    }

    public Task<string?> SignInAsync(string username, string password) => _app.TryTokenAsync(username, password);

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
        await _app.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AdminsCollection : ICollectionFixture<AdminsApi>
{
    public const string Name = "admins";
}
