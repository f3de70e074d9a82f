using Belajar.Api.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Regions;

/// <summary>Registers regional administration: SMTP and ZIP options (validated at start-up), the mailer, the administrators' sign-in.</summary>
public static class RegionalAdminsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SmtpOptions"/>, <see cref="AdminCredentialOptions"/>, <see cref="CredentialsMailer"/> and <see cref="RegionalAdminUsers"/>.</summary>
    public static IServiceCollection AddRegionalAdmins(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminCredentialOptions>, AdminCredentialOptionsValidator>());
        services.AddOptions<AdminCredentialOptions>().Bind(configuration.GetSection(AdminCredentialOptions.Section)).ValidateOnStart();
        services.AddSingleton<CredentialsMailer>();
        services.AddSingleton<AdminCredentialsSender>();
        services.AddSingleton<IUserDirectory, RegionalAdminUsers>();
        return services;
    }
}
