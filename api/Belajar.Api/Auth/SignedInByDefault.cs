using Microsoft.AspNetCore.Authorization;

namespace Belajar.Api.Auth;

/// <summary>
/// The fallback authorization policy: a mapped endpoint without a policy of its own needs a signed-in user (a new endpoint is
/// closed until it says otherwise; the public ones are marked <c>AllowAnonymous</c>). A path that matches nothing (404) or a
/// wrong method (405) is left to routing, so that those answers stay what they are.
/// </summary>
public sealed class SignedInByDefault : AuthorizationHandler<SignedInByDefault>, IAuthorizationRequirement
{
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    /// <summary>The policy.</summary>
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder().AddRequirements(new SignedInByDefault()).Build();

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInByDefault requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = (context.Resource as HttpContext)?.GetEndpoint();
        if (endpoint is null || endpoint.DisplayName == MethodNotAllowedEndpoint || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
