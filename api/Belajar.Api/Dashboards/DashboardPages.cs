using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Dashboards;

/// <summary>
/// Serves the pages (<c>/</c> and <c>/sekolah/{npsn}</c>: the school operator's app; <c>/ops</c>, <c>/wilayah/{kodeWilayah}</c>:
/// the dashboards) and their scripts and styles from wwwroot, embedded in the assembly so that they are found whatever the
/// content root. The pages hold no data: they sign in and call the JSON endpoints, which enforce the role and the tenant scope.
/// Every page and asset carries the security headers (<see cref="PageHeaders"/>) and an ETag, so that a slow connection
/// revalidates them with a 304 instead of loading them again.
/// </summary>
public static class DashboardPages
{
    private static readonly Assembly Assembly = typeof(DashboardPages).Assembly;
    private static readonly ConcurrentDictionary<string, Asset?> Files = new(StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Page(context, "operator.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/sekolah/{npsn}", (string npsn, HttpContext context) => Page(context, "operator.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/ops", (HttpContext context) => Page(context, "ops.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/wilayah/{kodeWilayah}", (string kodeWilayah, HttpContext context) => Page(context, "wilayah.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/assets/{file}", (string file, HttpContext context) => Page(context, file)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Page(HttpContext context, string file)
    {
        var asset = file.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') ? Files.GetOrAdd(file, Read) : null;
        if (asset is null)
        {
            return BelajarProblems.NotFound($"Tidak ada berkas '{file}'; bukalah / (operator sekolah), /ops atau /wilayah/{{kodeWilayah}}.");
        }

        var response = context.Response;
        PageHeaders.Secure(response);
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var contentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return TypedResults.Bytes(asset.Bytes, contentType);
    }

    private sealed record Asset(byte[] Bytes, string ETag);

    private static Asset? Read(string file)
    {
        using var stream = Assembly.GetManifestResourceStream($"wwwroot/{file}");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return new Asset(bytes, $"\"{Convert.ToHexString(SHA256.HashData(bytes), 0, 8)}\"");
    }
}
