using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Belajar.Api.Audit;

/// <summary>Registers the audit log.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>The connection string name of the PostgreSQL profile.</summary>
    public const string ConnectionStringName = "Belajar";

    /// <summary>
    /// <see cref="PostgresAuditLog"/> behind <see cref="BufferedAuditLog"/> (with its outbox and drainer) when
    /// <c>ConnectionStrings:Belajar</c> is set (sharing the host's <see cref="NpgsqlDataSource"/> when it registers one),
    /// <see cref="InMemoryAuditLog"/> otherwise; and the <see cref="AuditRecorder"/>.
    /// </summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditRecorder>();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        }
        else
        {
            services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            services.TryAddSingleton<PostgresAuditLog>();
            services.AddOptions<AuditOutboxOptions>().Bind(configuration.GetSection(AuditOutboxOptions.Section)).ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOutboxOptions>, AuditOutboxOptionsValidator>());
            services.TryAddSingleton(sp => new AuditOutbox(sp.GetRequiredService<IOptions<AuditOutboxOptions>>().Value.OutboxFolder));
            services.TryAddSingleton<IAuditLog, BufferedAuditLog>();
            services.TryAddSingleton<AuditOutboxDrainer>();
            services.AddHostedService(sp => sp.GetRequiredService<AuditOutboxDrainer>());
        }

        return services;
    }
}
