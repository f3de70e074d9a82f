namespace Belajar.Api.Metrics;

/// <summary>Counts successful "Unduh Akun" downloads (endpoint <c>DownloadAccounts</c>) on <see cref="ApiMetrics.Downloads"/>.</summary>
public static class DownloadCounting
{
    private const string DownloadEndpoint = "DownloadAccounts";

    /// <summary>Adds the counting middleware (after routing, so that the endpoint is known).</summary>
    public static IApplicationBuilder UseDownloadCounting(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == DownloadEndpoint)
        {
            var format = string.Equals(context.Request.Query["format"], "xlsx", StringComparison.OrdinalIgnoreCase) ? "xlsx" : "csv";
            context.RequestServices.GetRequiredService<ApiMetrics>().Downloads.Add(1, new KeyValuePair<string, object?>("format", format));
        }
    });
}
