using Scalar.AspNetCore;

namespace Belajar.Api.OpenApi;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and the interactive API page (<c>/scalar</c>, served offline).</summary>
public static class OpenApiExtensions
{
    /// <summary>The document name.</summary>
    public const string DocumentName = "v1";

    /// <summary>Registers the OpenAPI document with the bearer security scheme.</summary>
    public static IServiceCollection AddBelajarOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<BearerSecurityTransformer>();
        });
        return services;
    }

    /// <summary>Maps <c>/openapi/v1.json</c> and the Scalar page at <c>/scalar</c>, whose script is served by this server (no CDN).</summary>
    public static IEndpointRouteBuilder MapBelajarOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar", options =>
        {
            options.WithTitle("BelajarOrleans API");
            options.AddPreferredSecuritySchemes(BearerSecurityTransformer.SchemeName);

            // Offline: no fonts from a CDN, no telemetry, no AI agent or MCP calls out of the network.
            options.DisableDefaultFonts();
            options.DisableTelemetry();
            options.DisableAgent();
            options.DisableMcp();
        }).AllowAnonymous();
        return app;
    }
}
