using Belajar.Domain;
using System.Diagnostics;
using Belajar.Abstractions.Accounts;
using Belajar.Dapodik;
using Belajar.Directory;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;

namespace Belajar.Benchmarks;

/// <summary>
/// The Google side of <see cref="ProvisioningEndToEndBenchmark"/> alone: the same number of <c>users.insert</c> calls through
/// the project's <see cref="DirectoryGateway"/> (real HTTP, a fresh emulator in this process), with the users a run sends, at
/// the run's concurrency; no grain, no storage. Answers the wall time and this process's CPU time.
/// </summary>
internal static class DirectoryInsertProbe
{
    public static async Task<(TimeSpan Wall, TimeSpan Cpu)> RunAsync(int users, int concurrency)
    {
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var options = new DirectoryOptions
        {
            BaseUri = emulator.BaseUri.ToString(),
            TokenUri = emulator.TokenUri.ToString(),
            ServiceAccountKeyJson = emulator.ServiceAccountKeyJson,
            AdminEmail = emulator.AdminEmail,
        };
        var gateway = new DirectoryGateway(DirectoryServiceFactory.Create(options), options);
        const string orgUnit = "/Probe/Kota Probe/10000001";
        await gateway.EnsureOrgUnitAsync(orgUnit, CancellationToken.None);
        await gateway.CreateUserAsync(User(-1, orgUnit), CancellationToken.None); // the token and the connections, outside the figure

        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < users)
            {
                await gateway.CreateUserAsync(User(i, orgUnit), CancellationToken.None);
            }
        }));
        return (stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static User User(int i, string orgUnit)
    {
        var id = Guid.NewGuid().ToString("D");
        var spec = new AccountSpec($"pd-{id}", AccountRole.PesertaDidik, Jenjang.SD, "10000001", id, $"Putri Ayu Lestari {i}", "0012345678", 5, "5A", orgUnit);
        return GoogleUsers.ForInsert(spec, $"putriayulestari{i:D6}@sd.belajar.id", InitialPasswords.Generate());
    }
}
