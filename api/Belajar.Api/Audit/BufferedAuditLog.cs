using Microsoft.Extensions.Options;

namespace Belajar.Api.Audit;

/// <summary>
/// The PostgreSQL audit log with a durable outbox for the entries that must never block a sign-in
/// (<see cref="Bufferable"/>): such an entry waits at most <see cref="AuditOutboxOptions.DirectTimeout"/> for PostgreSQL and
/// otherwise goes to the <see cref="AuditOutbox"/>, which <see cref="AuditOutboxDrainer"/> writes to PostgreSQL once it is back.
/// Every other entry (downloads of credentials, resets, administrators' decisions) is written to PostgreSQL or the request
/// fails: those actions are refused without their audit entry.
/// </summary>
public sealed partial class BufferedAuditLog(PostgresAuditLog inner, AuditOutbox outbox, IOptions<AuditOutboxOptions> options, ILogger<BufferedAuditLog> logger)
    : IAuditLog
{
    private static readonly HashSet<string> BufferableActions = new(StringComparer.Ordinal)
    {
        AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignInThrottled, AuditActions.AccessDenied, "admin-password-changed",
    };

    /// <summary>Whether an entry of <paramref name="action"/> may wait in the outbox (sign-in and refusals) instead of failing its request.</summary>
    public static bool Bufferable(string action) => BufferableActions.Contains(action);

    /// <inheritdoc />
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        if (!Bufferable(entry.Action))
        {
            await inner.AppendAsync(entry, cancellationToken);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DirectTimeout);
        try
        {
            await inner.AppendAsync(entry, timeout.Token);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or System.Net.Sockets.SocketException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            outbox.Append(entry);
            LogBuffered(logger, entry.Action, ex.GetType().Name);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(query, cancellationToken);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Audit entry {Action} kept in the outbox: PostgreSQL did not take it ({Error})")]
    private static partial void LogBuffered(ILogger logger, string action, string error);
}
