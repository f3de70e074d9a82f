using Belajar.Api.Limits;
using Belajar.Api.Schools;
using Belajar.Api.Stats;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Accounts;

/// <summary>Registers what the "Unduh Akun" endpoints need.</summary>
public static class SchoolAccountsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="OrleansSchoolAccounts"/> (needs an <see cref="IGrainFactory"/>: the cluster client or co-hosted silo).</summary>
    public static IServiceCollection AddSchoolAccounts(this IServiceCollection services)
    {
        services.AddOptions<DownloadCacheOptions>().BindConfiguration("Downloads");
        services.TryAddSingleton<DownloadRowsCache>();
        services.TryAddSingleton<ISchoolAccounts, OrleansSchoolAccounts>();
        services.TryAddSingleton<IAccountRecovery, OrleansAccountRecovery>();
        services.AddOptions<SchoolDeadlineOptions>().BindConfiguration("Lifecycle");
        services.AddOptions<SyncThrottleOptions>().BindConfiguration("Schools");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SyncThrottle>();
        services.AddOptions<ActionLimitOptions>().BindConfiguration("Schools");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ActionLimitOptions>, ActionLimitOptionsValidator>());
        services.TryAddSingleton<ActionLimiter>();
        return services;
    }
}
