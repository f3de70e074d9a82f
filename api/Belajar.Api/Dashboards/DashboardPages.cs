using System.Reflection;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Dashboards;

/// <summary>
/// Serves the dashboards' pages (<c>/ops</c>, <c>/wilayah/{kodeWilayah}</c>) and their scripts and styles from wwwroot, embedded in
/// the assembly so that they are found whatever the content root. The pages hold no data: they sign in and call the JSON endpoints,
/// which enforce the role and region scope.
/// </summary>
public static class DashboardPages
{
    private static readonly Assembly Assembly = typeof(DashboardPages).Assembly;

    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops", () => Page("ops.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/wilayah/{kodeWilayah}", (string kodeWilayah) => Page("wilayah.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/assets/{file}", (string file) => Page(file)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static Results<FileStreamHttpResult, ProblemHttpResult> Page(string file)
    {
        var stream = file.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') ? Assembly.GetManifestResourceStream($"wwwroot/{file}") : null;
        if (stream is null)
        {
            return BelajarProblems.NotFound($"Tidak ada berkas '{file}' di dasbor; bukalah /ops atau /wilayah/{{kodeWilayah}}.");
        }

        var contentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return TypedResults.Stream(stream, contentType);
    }
}
