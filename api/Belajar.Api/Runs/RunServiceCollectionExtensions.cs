namespace Belajar.Api.Runs;

/// <summary>Registers the run endpoints' services and, when enabled, the start-up run of the main job.</summary>
public static class RunServiceCollectionExtensions
{
    /// <param name="startupRunByDefault">The embedded default starts a run at start-up; the PostgreSQL profile only when asked.</param>
    public static IServiceCollection AddBelajarRuns(this IServiceCollection services, IConfiguration configuration, bool startupRunByDefault)
    {
        services.AddSingleton<RunStarter>();
        services.AddSingleton<SnapshotOperators>();
        services.AddSingleton<StartupGuide>();
        var options = configuration.GetSection(StartupRunOptions.Section).Get<StartupRunOptions>() ?? new StartupRunOptions();
        options.Snapshot ??= configuration["snapshot"];
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        if (options.Snapshot is { } snapshot)
        {
            services.AddHostedService(sp => new StartupOperators(sp.GetRequiredService<SnapshotOperators>(), snapshot));
        }

        if (options.Enabled ?? startupRunByDefault)
        {
            services.AddSingleton<StartupRunService>();
            services.AddHostedService(sp => sp.GetRequiredService<StartupRunService>());
        }

        return services;
    }
}
