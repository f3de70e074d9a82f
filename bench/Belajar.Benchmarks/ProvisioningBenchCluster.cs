using System.Globalization;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Admins;
using Belajar.LocalServices;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// An in-process cluster of the real hosting configuration (<see cref="BelajarTestCluster"/>: ADO.NET clustering, storage and
/// reminders when a connection string is given) wired to a Directory emulator on loopback, for the provisioning benchmarks.
/// The service id is a fresh one unless <c>serviceId</c> is given (e.g. the hosts' default <c>belajar</c>, whose length the rows'
/// key columns then have).
/// </summary>
internal static class ProvisioningBenchCluster
{
    public static async Task<TestCluster> StartAsync(
        string? connectionString, DirectoryEmulator emulator, short silos, int queriesPerMinute, IReadOnlyDictionary<string, string>? settings = null,
        string? serviceId = null)
    {
        var builder = BelajarTestCluster.CreateBuilder(connectionString, silos);
        builder.Options.ServiceId = serviceId ?? $"bench-{Guid.NewGuid():N}"[..18];
        builder.UseDirectoryEmulator(emulator);
        builder.Properties["Directory:QueriesPerMinute"] = queriesPerMinute.ToString(CultureInfo.InvariantCulture);
        builder.Properties["Secrets:PasswordKeys:bench"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "bench";
        builder.Properties["Secrets:NikPepper"] = NikHashOptions.Generate(); // person claims, as every deployment keys them
        builder.Properties["Logging:LogLevel:Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Properties[key] = value;
        }

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>The silo's services (first silo by default).</summary>
    public static IServiceProvider Services(TestCluster cluster, int silo = 0) => ((InProcessSiloHandle)cluster.Silos[silo]).SiloHost!.Services;
}
