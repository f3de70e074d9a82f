using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Belajar.Api.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.OpenApi;
using Belajar.Api.Problems;
using Belajar.Api.Schools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Belajar.TestSupport;

namespace Belajar.Api.Tests;

/// <summary>A small WebApplication on a TestServer that calls only the building blocks' extension methods, as Program.cs will.</summary>
public sealed class TestApi : IAsyncDisposable
{
    public const string SigningKey = "dGVzdC1zaWduaW5nLWtleS1vZi1hdC1sZWFzdC0zMi1ieXRlcyE=";
    public const string PusdatinUser = "pusdatin.ops";
    public const string PusdatinPassword = "Pusdatin#Rahasia1";
    public const string DinasUser = "dinas.jabar";
    public const string DinasPassword = "Dinas#Rahasia2";
    public const string AdminWilayahUser = "admin.bandung";
    public const string AdminWilayahPassword = "Admin#Rahasia3";
    public const string OperatorA = "operator.a@sekolah.id";
    public const string OperatorAPassword = "OperatorA#Rahasia4";
    public const string OperatorB = "operator.b@sekolah.id";
    public const string OperatorBPassword = "OperatorB#Rahasia5";
    public const string SchoolA = "20200001";
    public const string SchoolB = "P9984383";
    public const string UnknownSchool = "20299999";
    public const string AddressHeader = "X-Test-Client-Address";

    private static readonly Lazy<Dictionary<string, string>> Hashes = new(() => new()
    {
        [PusdatinPassword] = BCrypt.Net.BCrypt.HashPassword(PusdatinPassword, 4),
        [DinasPassword] = BCrypt.Net.BCrypt.HashPassword(DinasPassword, 4),
        [AdminWilayahPassword] = BCrypt.Net.BCrypt.HashPassword(AdminWilayahPassword, 4),
        [OperatorAPassword] = BCrypt.Net.BCrypt.HashPassword(OperatorAPassword, 4),
        [OperatorBPassword] = BCrypt.Net.BCrypt.HashPassword(OperatorBPassword, 4),
    });

    private TestApi(WebApplication app, FakeTimeProvider time, InMemorySchoolAccounts schools, CapturedLogs logs)
    {
        Logs = logs;
        App = app;
        Time = time;
        Schools = schools;
    }

    public WebApplication App { get; }

    public FakeTimeProvider Time { get; }

    public InMemorySchoolAccounts Schools { get; }

    public CapturedLogs Logs { get; }

    public IAuditLog Audit => App.Services.GetRequiredService<IAuditLog>();

    public static Task<TestApi> StartAsync(Dictionary<string, string?>? settings = null) => StartAsync(settings, users: true);

    public static async Task<TestApi> StartAsync(
        Dictionary<string, string?>? settings, bool users, Action<IServiceCollection>? services = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        var configuration = new Dictionary<string, string?>
        {
            ["Identity:SigningKey"] = SigningKey,
            ["Identity:HashWorkFactor"] = "4",
            ["Identity:MinimumHashCost"] = "4",
        };
        if (users)
        {
            AddUser(configuration, 0, PusdatinUser, PusdatinPassword, BelajarRoles.Pusdatin, null);
            AddUser(configuration, 1, DinasUser, DinasPassword, BelajarRoles.Dinas, "020000");
            AddUser(configuration, 2, AdminWilayahUser, AdminWilayahPassword, BelajarRoles.AdminWilayah, "026000");
        }

        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        var schools = new InMemorySchoolAccounts();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<ISchoolAccounts>(schools);
        builder.Services.AddSingleton<IOperatorStore, InMemoryOperatorStore>();
        builder.Services.AddSingleton<ISignInGuard, InMemorySignInGuard>();
        builder.Services.AddBelajarProblemDetails();
        builder.Services.AddBelajarAuth(builder.Configuration);
        builder.Services.AddAuditLog(builder.Configuration);
        builder.Services.AddSchoolAccounts();
        builder.Services.AddBelajarOpenApi();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            var address = context.Request.Headers[AddressHeader].ToString();
            context.Connection.RemoteIpAddress = IPAddress.Parse(address.Length > 0 ? address : "10.0.0.1");
            return next(context);
        });
        app.UseBelajarProblemDetails();
        app.MapAuthEndpoints();
        app.MapAuditEndpoints();
        app.MapSchoolAccountEndpoints();
        app.MapSchoolPageEndpoints();
        app.MapBelajarOpenApi();
        map?.Invoke(app);
        await app.StartAsync();
        await app.Services.GetRequiredService<OperatorUsers>().ReplaceAsync(
        [
            (OperatorA, Hashes.Value[OperatorAPassword], SchoolA, "Operator Sekolah A"),
            (OperatorB, Hashes.Value[OperatorBPassword], SchoolB, "Operator Sekolah B"),
        ]);
        return new TestApi(app, time, schools, logs);
    }

    public static string Hash(string password) => Hashes.Value.TryGetValue(password, out var hash) ? hash : BCrypt.Net.BCrypt.HashPassword(password, 4);

    public HttpClient Client(string? token = null, string? address = null)
    {
        var client = App.GetTestClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (address is not null)
        {
            client.DefaultRequestHeaders.Add(AddressHeader, address);
        }

        return client;
    }

    public Task<HttpResponseMessage> SignInAsync(string username, string password, string? address = null) =>
        Client(address: address).PostAsJsonAsync("/api/v1/auth/token", new { username, password });

    public async Task<string> TokenAsync(string username, string password)
    {
        var response = await SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    public async Task<HttpClient> SignedInClientAsync(string username, string password) =>
        Client(await TokenAsync(username, password));

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static void AddUser(Dictionary<string, string?> configuration, int index, string username, string password, string role, string? kode)
    {
        configuration[$"Identity:Users:{index}:Username"] = username;
        configuration[$"Identity:Users:{index}:PasswordHash"] = Hash(password);
        configuration[$"Identity:Users:{index}:Role"] = role;
        configuration[$"Identity:Users:{index}:KodeWilayah"] = kode;
    }
}
