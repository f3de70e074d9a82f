using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Belajar.Hosting;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's status and description. Never an exception: its
/// text (a host, a user, a stack) is for the log only.
/// </summary>
internal static class HealthResponse
{
    /// <summary>The description of a schema check that could not ask the database.</summary>
    public const string DatabaseUnreachable = "database unreachable";

    /// <summary>The description of a cluster check that could not ask the cluster.</summary>
    public const string ClusterUnreachable = "cluster unreachable";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
