using System.Globalization;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Audit;

/// <summary><c>GET /api/v1/audit</c> for Pusdatin.</summary>
public static class AuditEndpoints
{
    /// <summary>The largest <c>limit</c> accepted.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Maps <c>GET /api/v1/audit?from=&amp;to=&amp;actor=&amp;npsn=&amp;action=&amp;limit=</c> (role pusdatin).</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", QueryAsync)
            .RequireAuthorization(BelajarPolicies.Pusdatin)
            .WithTags("Audit")
            .WithName("QueryAudit")
            .WithSummary("The audit log, newest first (Pusdatin).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> QueryAsync(
        IAuditLog log, string? from, string? to, string? actor, string? npsn, string? action, string? limit, CancellationToken cancellationToken)
    {
        if (!TryParseTime(from, out var fromTime) || !TryParseTime(to, out var toTime))
        {
            return BelajarProblems.BadRequest("from dan to harus waktu ISO 8601 dengan zona, mis. 2026-11-28T08:00:00+07:00.");
        }

        if (fromTime is not null && toTime is not null && fromTime >= toTime)
        {
            return BelajarProblems.BadRequest("from harus lebih awal dari to.");
        }

        var take = 100;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
        {
            return BelajarProblems.BadRequest($"limit harus bilangan bulat dari 1 sampai {MaxLimit}.");
        }

        var query = new AuditQuery(fromTime, toTime, Blank(actor), Blank(npsn), Blank(action), take);
        return TypedResults.Ok(await log.QueryAsync(query, cancellationToken));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryParseTime(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
