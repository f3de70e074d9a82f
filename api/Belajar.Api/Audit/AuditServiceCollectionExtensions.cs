using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Belajar.Api.Audit;

/// <summary>Registers the audit log.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>The connection string name of the PostgreSQL profile.</summary>
    public const string ConnectionStringName = "Belajar";

    /// <summary>
    /// <see cref="PostgresAuditLog"/> when <c>ConnectionStrings:Belajar</c> is set (sharing the host's <see cref="NpgsqlDataSource"/>
    /// when it registers one), <see cref="InMemoryAuditLog"/> otherwise; and the <see cref="AuditRecorder"/>.
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
            services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        }

        return services;
    }
}
