namespace Belajar.Api.Dashboards;

/// <summary>
/// The security headers of the pages (<c>/</c>, <c>/sekolah/{npsn}</c>, <c>/ops</c>, <c>/wilayah/{kodeWilayah}</c>), their
/// assets and the account cards: no sniffing, no framing, and a Content-Security-Policy that allows only this origin's scripts
/// and styles (all JS is in files under <c>/assets/</c>; none inline).
/// </summary>
public static class PageHeaders
{
    /// <summary>The pages' Content-Security-Policy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the security headers to <paramref name="response"/>.</summary>
    public static void Secure(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>Forbids keeping <paramref name="response"/> in any cache (it holds initial passwords).</summary>
    public static void NoStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }
}
