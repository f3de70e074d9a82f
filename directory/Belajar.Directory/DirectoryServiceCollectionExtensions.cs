using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Belajar.Directory;

/// <summary>Registers the Directory client for a host.</summary>
public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DirectoryOptions"/> (bound from <paramref name="section"/>, e.g. <c>Directory</c>, then
    /// <paramref name="configure"/>; validated on first use), <see cref="DirectoryService"/>, <see cref="IDirectoryGateway"/>
    /// and <see cref="ReportsGateway"/> (login activities, its own credential with the Reports scope, created on first use)
    /// as singletons. The gateways' back-off uses the registered <see cref="TimeProvider"/> (the system clock by default).
    /// </summary>
    public static IServiceCollection AddBelajarDirectory(this IServiceCollection services, IConfiguration? section = null, Action<DirectoryOptions>? configure = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ =>
        {
            var options = new DirectoryOptions();
            section?.Bind(options);
            configure?.Invoke(options);
            options.Validate();
            return options;
        });
        services.TryAddSingleton(sp => DirectoryServiceFactory.Create(sp.GetRequiredService<DirectoryOptions>()));
        services.TryAddSingleton<IDirectoryGateway>(sp => new DirectoryGateway(
            sp.GetRequiredService<DirectoryService>(),
            sp.GetRequiredService<DirectoryOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<DirectoryGateway>>()));
        services.TryAddSingleton(sp => new ReportsGateway(
            DirectoryServiceFactory.CreateReports(sp.GetRequiredService<DirectoryOptions>()),
            sp.GetRequiredService<DirectoryOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<ReportsGateway>>()));
        return services;
    }
}
