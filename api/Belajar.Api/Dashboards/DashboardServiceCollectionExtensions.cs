using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Belajar.Api.Dashboards;

/// <summary>Registers what the dashboards need: the sampler, the in-process Directory call tally, the dashboard cookie.</summary>
public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddBelajarDashboards(this IServiceCollection services)
    {
        services.AddSingleton<DirectoryCallTally>();
        services.AddSingleton<DashboardSampler>();
        services.AddHostedService(sp => sp.GetRequiredService<DashboardSampler>());
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, DashboardCookie.AcceptOnDashboard);
        return services;
    }
}
