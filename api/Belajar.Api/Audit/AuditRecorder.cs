using Belajar.Api.Auth;

namespace Belajar.Api.Audit;

/// <summary>Builds audit entries from the request (who, role, client address, time) and appends them.</summary>
public sealed class AuditRecorder(IAuditLog log, TimeProvider time, ILogger<AuditRecorder> logger)
{
    /// <summary>The longest actor name stored (a failed sign-in records what was typed).</summary>
    public const int MaxActorLength = 128;

    /// <summary>Appends one entry for the current request; <paramref name="actor"/> overrides the signed-in subject.</summary>
    public Task RecordAsync(
        HttpContext context,
        string action,
        string? npsn = null,
        string? kodeWilayah = null,
        Dictionary<string, string>? detail = null,
        string? actor = null,
        string? actorRole = null)
    {
        var user = context.User;
        var who = actor ?? user.Actor();
        var entry = new AuditEntry(
            0,
            time.GetUtcNow(),
            who.Length > MaxActorLength ? who[..MaxActorLength] : who,
            actorRole ?? TenantScope.RoleOf(user),
            action,
            npsn,
            kodeWilayah,
            ClientAddress(context),
            detail ?? []);
        if (action == AuditActions.AccessDenied)
        {
            AuthLog.AccessDenied(logger, entry.Actor, entry.ActorRole, context.Request.Method, context.Request.Path);
        }

        return log.AppendAsync(entry, CancellationToken.None);
    }

    /// <summary>The caller's address as the server saw it (after forwarded-headers processing, if the host enables it).</summary>
    public static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
