using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Belajar.Api.OpenApi;

/// <summary>Declares the bearer token scheme and requires it on every operation that is not anonymous.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "BelajarOrleans API";
        document.Info.Description = "Sign in with POST /api/v1/auth/token, then send `Authorization: Bearer <accessToken>`. Every error is a ProblemDetails.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from POST /api/v1/auth/token (or the external OpenID Connect authority).",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
        foreach (var path in document.Paths.Where(p => !p.Key.StartsWith("/api/v1/auth/", StringComparison.Ordinal)))
        {
            if (path.Value.Operations is null)
            {
                continue;
            }

            foreach (var operation in path.Value.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
