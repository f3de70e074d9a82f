namespace Belajar.Api.Problems;

/// <summary>Makes every error of the API an <c>application/problem+json</c> ProblemDetails.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>Registers the ProblemDetails service (with the request's trace id) and the exception handler.</summary>
    public static IServiceCollection AddBelajarProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            if (context.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Detail ??= "Server gagal memproses permintaan ini; coba lagi nanti dan sebutkan traceId kepada tim dukungan.";
            }
        });
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
