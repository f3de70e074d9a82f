using Microsoft.Extensions.Options;

namespace Belajar.Api.Audit;

/// <summary>
/// Section <c>Audit</c>: the durable outbox that keeps sign-in entries while PostgreSQL cannot take them
/// (<see cref="BufferedAuditLog"/>), and how it is drained.
/// </summary>
public sealed class AuditOutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Audit";

    /// <summary>The folder of the outbox files (default <c>.data/audit-outbox</c> under the working directory); mount it durably.</summary>
    public string OutboxFolder { get; set; } = Path.Combine(".data", "audit-outbox");

    /// <summary>How long a sign-in's entry waits for PostgreSQL before it goes to the outbox instead (default 2 seconds).</summary>
    public TimeSpan DirectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the outbox is drained into PostgreSQL (default 30 seconds).</summary>
    public TimeSpan DrainInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Checks <see cref="AuditOutboxOptions"/> at start-up and names the setting to fix.</summary>
internal sealed class AuditOutboxOptionsValidator : IValidateOptions<AuditOutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOutboxOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.OutboxFolder))
        {
            errors.Add("Audit:OutboxFolder must name a writable folder on durable storage, e.g. /var/lib/belajar/audit-outbox.");
        }

        if (options.DirectTimeout <= TimeSpan.Zero || options.DirectTimeout > TimeSpan.FromSeconds(30))
        {
            errors.Add("Audit:DirectTimeout must be between 00:00:00.001 and 00:00:30, e.g. 00:00:02.");
        }

        if (options.DrainInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Audit:DrainInterval must be at least 00:00:01, e.g. 00:00:30.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
