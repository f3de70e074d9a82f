using System.Globalization;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Hosting;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// The PostgreSQL profile as separate OS processes: silo processes (killable with SIGKILL), the Directory emulator in the test
/// process (Google's side outlives the cluster) and an Orleans client in the test.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    private readonly string _database;
    private readonly string _clusterId = $"rel-{Guid.NewGuid():N}"[..16];
    private readonly string _passwordKey = PasswordProtectionOptions.GenerateKey();
    private readonly string _nikPepper = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly SiloProcess?[] _silos;
    private IHost? _client;

    private ProcessCluster(string database, DirectoryEmulator emulator, int silos)
    {
        _database = database;
        Emulator = emulator;
        _silos = new SiloProcess?[silos];
    }

    public DirectoryEmulator Emulator { get; }

    public IGrainFactory Grains => _client!.Services.GetRequiredService<IClusterClient>();

    public static async Task<ProcessCluster> StartAsync(PostgresFixture postgres, int silos = 2, int queriesPerMinute = 0)
    {
        var database = await postgres.CreateDatabaseAsync("reliability");
        var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { QueriesPerMinute = queriesPerMinute });
        var cluster = new ProcessCluster(database, emulator, silos);
        for (var i = 0; i < silos; i++)
        {
            cluster.StartSilo(i, queriesPerMinute);
        }

        await cluster.ConnectAsync(silos);
        return cluster;
    }

    /// <summary>Starts silo <paramref name="index"/> (again).</summary>
    public void StartSilo(int index, int queriesPerMinute = 0)
    {
        _silos[index] = SiloProcess.Start(new Dictionary<string, string>(Emulator.ClientSettings())
        {
            ["ConnectionStrings:Belajar"] = _database,
            ["Orleans:ClusterId"] = _clusterId,
            ["Orleans:ServiceId"] = "belajar-reliability",
            ["Orleans:SiloPort"] = SiloProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = SiloProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
            ["Directory:QueriesPerMinute"] = queriesPerMinute.ToString(CultureInfo.InvariantCulture),
            ["Directory:InitialBackoff"] = "00:00:00.100",
            ["Directory:MaxBackoff"] = "00:00:01",
            ["Secrets:PasswordKeys:test"] = _passwordKey,
            ["Secrets:ActivePasswordKeyId"] = "test",
            ["Secrets:NikPepper"] = _nikPepper,
            ["Runs:SnapshotRoot"] = Path.GetTempPath(), // SnapshotAsync writes there
            ["Orleans:Tls:CertificatePath"] = TestCertificates.Files.SiloCertificate,
            ["Orleans:Tls:KeyPath"] = TestCertificates.Files.SiloKey,
            ["Orleans:Tls:CaPath"] = TestCertificates.Files.Ca,
            ["Provisioning:SchoolTimeout"] = "00:00:15",
            ["Logging:LogLevel:Default"] = "Warning",
        });
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster.</summary>
    public void KillSilo(int index)
    {
        _silos[index]!.Kill();
    }

    /// <summary>A fresh client, once <paramref name="silos"/> gateways are up.</summary>
    public async Task ConnectAsync(int silos)
    {
        if (_client is not null)
        {
            _client.Dispose();
        }

        _client = await Poll.UntilAsync(
            async () =>
            {
                var client = BuildClient();
                try
                {
                    await client.StartAsync();
                    return client;
                }
                catch
                {
                    client.Dispose();
                    throw;
                }
            },
            client => client is not null,
            TimeSpan.FromSeconds(90),
            () => $"a gateway to accept the client. Silo output:\n{Output}");

        // silos killed earlier stay "active" in the table until the new ones declare them dead: count at least the live ones
        var management = Grains.GetGrain<IManagementGrain>(0);
        await Poll.UntilAsync(() => management.GetHosts(onlyActive: true), h => h.Count >= silos, TimeSpan.FromSeconds(180),
            () => $"the silos to join. Silo output:\n{Output}");
    }

    private IHost BuildClient()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Belajar"] = _database,
            ["Orleans:ClusterId"] = _clusterId,
            ["Orleans:ServiceId"] = "belajar-reliability",
        });
        builder.Configuration.AddInMemoryCollection(TestCertificates.Files.Settings(silo: false).Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddBelajarClient();
        return builder.Build();
    }

    public string Output => string.Join("\n---\n", _silos.Select(s => s?.Output));

    /// <summary>Writes a synthetic snapshot of <paramref name="learners"/> learners in a temporary folder.</summary>
    public static async Task<string> SnapshotAsync(int learners, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"belajar-rel-{Guid.NewGuid():N}");
        await SyntheticSnapshot.WriteAsync(folder, new SyntheticSnapshotOptions { Learners = learners, Seed = seed, Provinces = 4 });
        return folder;
    }

    /// <summary>Polls the run (through whichever silo holds it now) until it is completed.</summary>
    public Task<RunStatus> WaitForCompletionAsync(string runId, TimeSpan timeout) =>
        Poll.UntilAsync(
            async () => (await Grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId)).GetStatusAsync())!,
            s => s.State is RunState.Completed or RunState.Failed,
            timeout,
            () => $"run {runId} to complete. Silo output:\n{Output}");

    /// <summary>
    /// Every eligible account of the snapshot has exactly one Google user: the accounts' state and the emulator's users agree
    /// one to one (user id, Google id, external id = Dapodik id), and no other platform user exists.
    /// </summary>
    public async Task AssertOneGoogleUserPerAccountAsync(string snapshot, RunStatus status)
    {
        var views = new List<AccountView>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(snapshot, "sekolah.csv")))
        {
            foreach (var row in reader)
            {
                var npsn = row["npsn"].ToString();
                views.AddRange(await Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).GetAccountsAsync(null));
            }
        }

        var users = Emulator.Users.Where(u => u.ExternalIds.Count > 0).ToList();
        Assert.Equal(status.AccountsEligible, views.Count);
        Assert.All(views, v => Assert.Equal(AccountStatus.Created, v.Status));
        Assert.Equal(views.Count, users.Count);
        Assert.Equal(users.Count, users.Select(u => u.PrimaryEmail).Distinct(StringComparer.Ordinal).Count());
        var byEmail = users.ToDictionary(u => u.PrimaryEmail, StringComparer.Ordinal);
        foreach (var view in views)
        {
            Assert.True(byEmail.TryGetValue(view.UserId!, out var user), $"{view.AccountKey}: {view.UserId} is not in Google");
            Assert.Equal(user!.Id, view.GoogleUserId);
            Assert.Equal(view.AccountKey[(view.AccountKey.IndexOf('-', StringComparison.Ordinal) + 1)..], user.ExternalIds[0].Value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            try
            {
                await _client.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
            }
            catch (OperationCanceledException)
            {
                // the silos may be gone already
            }

            _client.Dispose();
        }

        foreach (var silo in _silos)
        {
            if (silo is not null)
            {
                await silo.DisposeAsync();
            }
        }

        await Emulator.DisposeAsync();
    }
}
