namespace Belajar.Api.Metrics;

/// <summary>Counts successful "Unduh Akun" downloads (endpoint <c>DownloadAccounts</c>) on <see cref="ApiMetrics.Downloads"/>.</summary>
public static class DownloadCounting
{
    private const string DownloadEndpoint = "DownloadAccounts";

    /// <summary>Adds the counting middleware (after routing, so that the endpoint is known).</summary>
    /// <remarks>Counted when the response starts, before the client can read it, so a scrape right after a download sees it.</remarks>
    public static IApplicationBuilder UseDownloadCounting(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == DownloadEndpoint)
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    var format = string.Equals(context.Request.Query["format"], "xlsx", StringComparison.OrdinalIgnoreCase) ? "xlsx" : "csv";
                    context.RequestServices.GetRequiredService<ApiMetrics>().Downloads.Add(1, new KeyValuePair<string, object?>("format", format));
                }

                return Task.CompletedTask;
            });
        }

        await next(context);
    });
}
