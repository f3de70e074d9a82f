namespace Belajar.Api.Problems;

/// <summary>Makes every error of the API an <c>application/problem+json</c> ProblemDetails.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>Registers the ProblemDetails service (with the request's trace id); the framework's own problems are completed by <see cref="BelajarProblems.Complete"/>.</summary>
    public static IServiceCollection AddBelajarProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = BelajarProblems.Complete);
        return services;
    }

    /// <summary>
    /// Answers unhandled exceptions and bare status codes (404 of an unknown path, 405, ...) with ProblemDetails.
    /// Call early in the pipeline.
    /// </summary>
    public static IApplicationBuilder UseBelajarProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
