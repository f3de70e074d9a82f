using Belajar.Directory;
using Belajar.Grains.Accounts;
using Belajar.Grains.Directory;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Belajar.Grains;

/// <summary>What the grains need on every silo: rules with their options, the Directory gateway and the silo's share of the quota.</summary>
public static class BelajarGrainServices
{
    public static IServiceCollection AddBelajarGrainServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ProvisioningOptions>().Bind(configuration.GetSection(ProvisioningOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProvisioningOptions>, ProvisioningOptionsValidator>());
        services.AddOptions<DirectoryQuotaOptions>().Bind(configuration.GetSection(DirectoryQuotaOptions.Section));
        services.AddOptions<AccountDomainOptions>().Bind(configuration.GetSection(AccountDomainOptions.SectionName));
        services.AddOptions<PasswordProtectionOptions>().Bind(configuration.GetSection(PasswordProtectionOptions.SectionName));
        services.AddOptions<LifecycleOptions>().Bind(configuration.GetSection(LifecycleOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LifecycleOptions>, LifecycleOptionsValidator>());
        services.AddOptions<Admins.RegionalAdminOptions>().Bind(configuration.GetSection(Admins.RegionalAdminOptions.Section)).Validate(o => { o.Validate(); return true; }).ValidateOnStart();

        services.AddSingleton(sp => new AccountDomains(sp.GetRequiredService<IOptions<AccountDomainOptions>>().Value));
        services.AddSingleton(sp => new PasswordProtector(sp.GetRequiredService<IOptions<PasswordProtectionOptions>>().Value));
        services.AddBelajarDirectory(configuration.GetSection(DirectoryQuotaOptions.Section)); // the client's one registration
        services.AddSingleton<Accounts.AccountGrainServices>();
        services.AddSingleton<PriorityPermitQueue>();
        services.AddSingleton<IDirectoryCalls, QuotaDirectoryCalls>();
        services.AddHostedService<QuotaLeaseService>();
        return services;
    }
}
