using Belajar.Hosting;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Belajar.Integration.Tests;

/// <summary>Mutual TLS of the PostgreSQL profile: the silos of the test cluster run it with the generated development set.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TlsTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    /// <summary>A client with the right certificate connects in about a second; one refused never does (the handshake fails and it retries).</summary>
    private static readonly TimeSpan Refusal = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_client_with_the_generated_client_certificate_talks_to_the_silos()
    {
        using var client = Client(TestCertificates.Files.Settings(silo: false), tls: true);

        await client.StartAsync();

        var hosts = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, hosts.Count);
    }

    [Fact]
    public async Task A_client_without_a_certificate_is_refused()
    {
        using var client = Client(new Dictionary<string, string>(), tls: false);

        await Assert.ThrowsAnyAsync<Exception>(() => client.StartAsync().WaitAsync(Refusal));
    }

    [Fact]
    public async Task A_client_whose_certificate_another_ca_issued_is_refused()
    {
        var foreign = DevelopmentCertificates.Write(Path.Combine(Path.GetTempPath(), $"belajar-foreign-{Guid.NewGuid():N}"));
        try
        {
            using var client = Client(foreign.Settings(silo: false), tls: true);

            await Assert.ThrowsAnyAsync<Exception>(() => client.StartAsync().WaitAsync(Refusal));
        }
        finally
        {
            System.IO.Directory.Delete(foreign.Folder, recursive: true);
        }
    }

    [Fact]
    public void A_postgres_client_without_certificates_refuses_to_start_naming_the_settings()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Belajar"] = Database });

        var error = Assert.Throws<OptionsValidationException>(() => builder.AddBelajarClient());

        Assert.Contains(error.Failures, f => f.StartsWith("Orleans:Tls:CertificatePath must be the path of this host's certificate", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Orleans:Tls:CaPath must be", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_certificates_chain_to_their_own_ca_only()
    {
        var foreign = DevelopmentCertificates.Write(Path.Combine(Path.GetTempPath(), $"belajar-foreign-{Guid.NewGuid():N}"));
        try
        {
            var ours = BelajarTls.Read(Configuration(TestCertificates.Files.Settings(silo: true)))!;
            var theirs = BelajarTls.Read(Configuration(foreign.Settings(silo: false)))!;

            Assert.True(ours.IssuedByAuthority(ours.Certificate));
            Assert.False(ours.IssuedByAuthority(theirs.Certificate));
            Assert.False(ours.IssuedByAuthority(null));
        }
        finally
        {
            System.IO.Directory.Delete(foreign.Folder, recursive: true);
        }
    }

    private IConfiguration Configuration(Dictionary<string, string> settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Belajar"] = Database })
        .Build();

    /// <summary>A bare Orleans client of the cluster (no retries): over the production TLS configuration, or over plain TCP.</summary>
    private IHost Client(Dictionary<string, string> settings, bool tls)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var configuration = Configuration(settings);
        builder.UseOrleansClient(client =>
        {
            if (tls)
            {
                BelajarClientConfiguration.Configure(client, configuration);
            }
            else
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = BelajarProfile.AdoNetInvariant;
                    o.ConnectionString = Database;
                });
            }

            client.Services.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = Cluster.Options.ClusterId;
                o.ServiceId = Cluster.Options.ServiceId;
            });
        });
        return builder.Build();
    }
}
