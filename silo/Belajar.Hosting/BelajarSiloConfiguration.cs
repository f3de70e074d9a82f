using Belajar.Abstractions;
using Belajar.Grains;
using Belajar.Hosting.Reminders;
using Belajar.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Dashboard;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Belajar.Hosting;

/// <summary>
/// The part of the silo configuration that every host shares, production and test clusters alike: grain storage
/// (one named storage per grain family), reminders, the storage serializer and, in the PostgreSQL profile, ADO.NET
/// clustering, mutual TLS and the schema applied at start-up. Endpoints and cluster identity belong to the host
/// (<see cref="BelajarHostingExtensions.AddBelajarSilo"/>, or the test cluster).
/// </summary>
public static class BelajarSiloConfiguration
{
    /// <summary>The storages whose statements are batched across grains in the PostgreSQL profile.</summary>
    public static readonly IReadOnlyList<string> BatchedStorageNames = [StorageNames.Accounts, StorageNames.Usernames];

    /// <summary>Configures storage, reminders, serializer and (PostgreSQL profile) clustering from configuration.</summary>
    public static ISiloBuilder Configure(ISiloBuilder silo, IConfiguration configuration)
    {
        // Grain state is stored as System.Text.Json: readable in the database, no CLR type names in the payload,
        // so renaming a state class or its assembly does not break stored rows.
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddBelajarGrainServices(configuration);
        silo.Services.AddOrleansTraceCap(); // no message bodies (passwords, NIKs) in the log

        // The Orleans Dashboard's collectors on every silo; the api maps its pages under /dashboard (Pusdatin only).
        silo.AddDashboard(o => o.HideTrace = true);

        var connectionString = BelajarProfile.ConnectionString(configuration);
        if (connectionString is null)
        {
            foreach (var name in StorageNames.All)
            {
                silo.AddMemoryGrainStorage(name);
            }

            silo.UseInMemoryReminderService();
            return silo;
        }

        // silo to silo and client to gateway over mutual TLS, certificates from Orleans:Tls (required in this profile)
        var tls = BelajarTls.Read(configuration)!;
        silo.UseTls(tls.Certificate, tls.Apply);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(
            sp => new SchemaMigrationParticipant(connectionString, sp));
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = BelajarProfile.AdoNetInvariant;
            o.ConnectionString = connectionString;
        });
        // The two grains there are tens of millions of (accounts, address claims) write through the batcher: the provider's
        // statements and rows, but many grains' statements per round trip (Storage/BatchedGrainStorage.cs).
        silo.Services.AddSingleton(_ => new StorageStatementBatcher(connectionString));
        foreach (var name in StorageNames.All)
        {
            if (BatchedStorageNames.Contains(name))
            {
                silo.Services.AddGrainStorage(name, (sp, _) => new BatchedGrainStorage(
                    sp.GetRequiredService<StorageStatementBatcher>(),
                    sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
                    sp.GetRequiredService<IGrainStorageSerializer>()));
                continue;
            }

            silo.AddAdoNetGrainStorage(name, o =>
            {
                o.Invariant = BelajarProfile.AdoNetInvariant;
                o.ConnectionString = connectionString;
            });
        }

        // Orleans' reminder service over the ADO.NET reminder table's rows, with a range read that returns only what can fall
        // due before the next refresh (Reminders/DueWindowReminderTable.cs): a refresh costs what is due, not what exists.
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable>(sp => new DueWindowReminderTable(
            connectionString,
            sp.GetRequiredService<IOptions<ClusterOptions>>(),
            sp.GetRequiredService<IOptions<ReminderOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        return silo;
    }

    /// <summary>Sets the cluster identity from validated options.</summary>
    internal static void ConfigureIdentity(IServiceCollection services, BelajarOrleansOptions options) =>
        services.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
}
