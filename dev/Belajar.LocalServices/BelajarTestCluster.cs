using Belajar.Hosting;
using Orleans.TestingHost;

namespace Belajar.LocalServices;

/// <summary>
/// Builds in-process test clusters whose silos are configured by the production code path
/// (<see cref="BelajarSiloConfiguration"/>): with a connection string, the PostgreSQL profile (ADO.NET clustering,
/// storage and reminders, schema applied at start-up, mutual TLS with <see cref="TestCertificates"/>) and fast membership probing; without, the embedded profile.
/// </summary>
public static class BelajarTestCluster
{
    /// <summary>A builder for <paramref name="silos"/> silos; add configurators, then <c>Build()</c> and <c>DeployAsync()</c>.</summary>
    public static TestClusterBuilder CreateBuilder(string? connectionString, short silos = 2)
    {
        var builder = new TestClusterBuilder(silos);
        if (connectionString is not null)
        {
            builder.Properties[$"ConnectionStrings:{BelajarProfile.ConnectionStringName}"] = connectionString;
            builder.Options.UseTestClusterMembership = false;

            // mutual TLS, as the profile requires; one certificate (server and client usage) for silos and client alike
            foreach (var (key, value) in TestCertificates.Files.Settings(silo: true))
            {
                builder.Properties[key] = value;
            }

            // the profile's secrets, fresh per cluster (a test may set its own on top: the active key id then points at its key)
            builder.Properties["Secrets:PasswordKeys:cluster"] = Belajar.Grains.Accounts.PasswordProtectionOptions.GenerateKey();
            builder.Properties["Secrets:ActivePasswordKeyId"] = "cluster";
            builder.Properties["Secrets:NikPepper"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

            // real sockets, so that a silo in another process (SiloProcess) can join the cluster
            builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
            builder.AddClientBuilderConfigurator<ClientConfigurator>();
        }

        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        return builder;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            BelajarSiloConfiguration.Configure(siloBuilder, siloBuilder.Configuration);
            FastMembership.Configure(siloBuilder.Services);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            BelajarClientConfiguration.Configure(clientBuilder, configuration);
    }
}
