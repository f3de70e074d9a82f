using Microsoft.Extensions.Options;

namespace Belajar.Api.Audit;

/// <summary>
/// Writes the <see cref="AuditOutbox"/> to PostgreSQL every <see cref="AuditOutboxOptions.DrainInterval"/> (on the injected clock),
/// each outbox file in one transaction; while PostgreSQL is down the files stay and the next round tries again.
/// </summary>
public sealed partial class AuditOutboxDrainer(
    AuditOutbox outbox, PostgresAuditLog log, IOptions<AuditOutboxOptions> options, TimeProvider time, ILogger<AuditOutboxDrainer> logger)
    : BackgroundService
{
    /// <summary>One round: answers how many entries reached PostgreSQL.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var written = await outbox.DrainAsync(log.AppendManyAsync, cancellationToken);
            if (written > 0)
            {
                LogDrained(logger, written);
            }

            return written;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            LogStillDown(logger, ex.GetType().Name);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DrainInterval, time);
        do
        {
            await DrainOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "{Count} audit entries moved from the outbox to PostgreSQL")]
    private static partial void LogDrained(ILogger logger, int count);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "The audit outbox waits: PostgreSQL is still unavailable ({Error})")]
    private static partial void LogStillDown(ILogger logger, string error);
}
