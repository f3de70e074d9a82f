using Belajar.Api.Audit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Belajar.Api.Auth;

/// <summary>Registers JWT bearer authentication, the built-in identity provider, the policies and tenant scope.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Reads <c>Identity</c> (validated at start-up). With <c>Identity:Authority</c> set, tokens are validated against that
    /// OpenID Connect authority; otherwise against the built-in provider's key and issuer. Also registers the user sources
    /// (<see cref="ConfiguredUsers"/>, <see cref="OperatorUsers"/> in the cluster), the cluster-wide sign-in throttle with its
    /// device cookies, the security-stamp check of every built-in token (<see cref="UserStamp"/>), forwarded headers from
    /// <c>ForwardedHeaders:KnownProxies</c> and ProblemDetails for 401/403.
    /// </summary>
    public static IServiceCollection AddBelajarAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BelajarIdentityOptions>()
            .Bind(configuration.GetSection(BelajarIdentityOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BelajarIdentityOptions>, BelajarIdentityOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKeyProvider>();
        services.TryAddSingleton<TokenIssuer>();
        services.TryAddSingleton<PasswordVerifier>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddSingleton<ISignInGuard, ClusterSignInGuard>();
        services.TryAddSingleton<DeviceCookies>();
        services.TryAddSingleton<ConfiguredUsers>();
        services.TryAddSingleton<IOperatorStore, ClusterOperatorStore>();
        services.TryAddSingleton<OperatorUsers>();
        services.TryAddSingleton<AuditRecorder>();
        services.AddSingleton<IUserDirectory>(sp => sp.GetRequiredService<ConfiguredUsers>());
        services.AddSingleton<IUserDirectory>(sp => sp.GetRequiredService<OperatorUsers>());

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<BelajarIdentityOptions>, SigningKeyProvider, TimeProvider>(ConfigureJwt);

        // Signed in unless an endpoint says otherwise: a new endpoint without a policy is closed, not open. The public ones
        // (sign-in, health, metrics, API description, pages) are marked AllowAnonymous where they are mapped.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(SignedInByDefault.Policy)
            .AddPolicy(BelajarPolicies.Pusdatin, policy => policy.RequireAuthenticatedUser()
                .RequireClaim(BelajarClaims.Role, BelajarRoles.Pusdatin))
            .AddPolicy(BelajarPolicies.School, policy => policy.RequireAuthenticatedUser()
                .RequireClaim(BelajarClaims.Role, BelajarRoles.Operator, BelajarRoles.Pusdatin))
            .AddPolicy(BelajarPolicies.Region, policy => policy.RequireAuthenticatedUser()
                .RequireClaim(BelajarClaims.Role, BelajarRoles.Pusdatin, BelajarRoles.Dinas, BelajarRoles.AdminWilayah));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddBelajarForwardedHeaders(configuration);
        return services;
    }

    // Lifetime by the injected clock, so that tests that move time see tokens expire and the embedded default uses one clock.
    private static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && end.ToUniversalTime() + skew > now
            && (notBefore is not { } start || start.ToUniversalTime() - skew <= now);
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, IOptions<BelajarIdentityOptions> identity, SigningKeyProvider keys, TimeProvider time)
    {
        var settings = identity.Value;
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = time;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = BelajarClaims.Subject,
            RoleClaimType = BelajarClaims.Role,
            LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew, time),
        };
        if (string.IsNullOrWhiteSpace(settings.Authority))
        {
            jwt.TokenValidationParameters.ValidIssuer = settings.Issuer;
            jwt.TokenValidationParameters.IssuerSigningKey = keys.Key;
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            jwt.Events ??= new JwtBearerEvents();
            var earlier = jwt.Events.OnTokenValidated;
            jwt.Events.OnTokenValidated = async context =>
            {
                await earlier(context);
                await UserStamp.CheckAsync(context);
            };
        }
        else
        {
            jwt.Authority = settings.Authority;
            jwt.Audience = settings.Audience;
            jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        }
    }
}
