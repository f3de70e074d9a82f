using Belajar.Directory;
using Belajar.Grains.Accounts;
using Belajar.Grains.Admins;
using Belajar.Grains.Directory;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Belajar.Grains.Runs;
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

        // Every options type: bound from its section, one validator, refused at start-up with the setting named.
        Options<ProvisioningOptions, ProvisioningOptionsValidator>(services, configuration.GetSection(ProvisioningOptions.Section));
        Options<LifecycleOptions, LifecycleOptionsValidator>(services, configuration.GetSection(LifecycleOptions.Section));
        Options<DirectoryQuotaOptions, DirectoryQuotaOptionsValidator>(services, configuration.GetSection(DirectoryQuotaOptions.Section));
        Options<QuotaSharesOptions, QuotaSharesOptionsValidator>(services, configuration.GetSection(QuotaSharesOptions.Section));
        Options<AccountDomainOptions, AccountDomainOptionsValidator>(services, configuration.GetSection(AccountDomainOptions.SectionName));
        Options<RegionalAdminOptions, RegionalAdminOptionsValidator>(services, configuration.GetSection(RegionalAdminOptions.Section));
        Options<Runs.MassChangeOptions, Runs.MassChangeOptionsValidator>(services, configuration.GetSection(Runs.MassChangeOptions.Section));
        Options<SnapshotRootOptions, SnapshotRootOptionsValidator>(services, configuration.GetSection(SnapshotRootOptions.Section));

        // The password keys are validated when the first account needs them, not at start-up: they have no usable default, and
        // a silo that hosts no account (the integration tests' clusters) starts without them.
        Options<PasswordProtectionOptions, PasswordProtectionOptionsValidator>(services, configuration.GetSection(PasswordProtectionOptions.SectionName), onStart: false);

        // The NIK pepper likewise: needed only where regional administrators are nominated (validated at the first nomination).
        Options<NikHashOptions, NikHashOptionsValidator>(services, configuration.GetSection(NikHashOptions.Section), onStart: false);
        services.AddSingleton<NikHashes>();
        services.AddSingleton<Runs.PersonClaims>();

        services.AddSingleton(sp => new AccountDomains(sp.GetRequiredService<IOptions<AccountDomainOptions>>().Value));
        services.AddSingleton(sp => new SnapshotLocation(sp.GetRequiredService<IOptions<SnapshotRootOptions>>().Value.SnapshotRoot));
        services.AddSingleton(sp => new PasswordProtector(sp.GetRequiredService<IOptions<PasswordProtectionOptions>>().Value));
        services.AddBelajarDirectory(configuration.GetSection(DirectoryQuotaOptions.Section)); // the client's one registration
        services.AddSingleton<AccountGrainServices>();
        services.AddSingleton(sp => new PriorityPermitQueue(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<QuotaSharesOptions>>().Value));
        services.AddSingleton<IDirectoryCalls, QuotaDirectoryCalls>();
        services.AddHostedService<QuotaLeaseService>();
        services.AddSingleton<DeactivationWindowCheck>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<DeactivationWindowCheck>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SignInDiscoveryStart>();
        return services;
    }

    private static void Options<TOptions, TValidator>(IServiceCollection services, IConfiguration section, bool onStart = true)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        var builder = services.AddOptions<TOptions>().Bind(section);
        if (onStart)
        {
            builder.ValidateOnStart();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
