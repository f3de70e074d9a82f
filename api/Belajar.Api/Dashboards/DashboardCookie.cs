using Microsoft.AspNetCore.Authentication.JwtBearer;
using HeaderNames = Microsoft.Net.Http.Headers.HeaderNames;

namespace Belajar.Api.Dashboards;

/// <summary>
/// How a browser reaches the Orleans Dashboard: it cannot send a bearer header when it navigates, so the signed-in page posts
/// its token to <c>POST /api/v1/dashboards/session</c>, which sets it as an HttpOnly, SameSite=Strict cookie scoped to
/// <c>/dashboard</c> and living no longer than the token. The JWT bearer handler reads that cookie for <c>/dashboard</c> only.
/// </summary>
public static class DashboardCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "belajar_dashboard";

    /// <summary>The Orleans Dashboard's route prefix.</summary>
    public const string Path = "/dashboard";

    /// <summary>Makes the JWT bearer handler accept the cookie on <see cref="Path"/> (a bearer header still wins).</summary>
    public static void AcceptOnDashboard(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        var earlier = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            await earlier(context);
            var request = context.Request;
            if (context.Token is null
                && string.IsNullOrEmpty(request.Headers[HeaderNames.Authorization])
                && request.Path.StartsWithSegments(Path)
                && request.Cookies.TryGetValue(Name, out var token)
                && token.Length > 0)
            {
                context.Token = token;
            }
        };
    }

    /// <summary>Sets the cookie to the caller's bearer token until <paramref name="expires"/>.</summary>
    public static void Set(HttpResponse response, string token, DateTimeOffset expires, bool secure) =>
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = Path,
            Secure = secure,
            Expires = expires,
            IsEssential = true,
        });

    /// <summary>Removes the cookie (sign-out).</summary>
    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Path = Path, HttpOnly = true, SameSite = SameSiteMode.Strict });
}
