using Belajar.Api.Audit;
using Belajar.Api.Limits;

namespace Belajar.Api.Accounts;

/// <summary>What the school account endpoints need, bound with <c>[AsParameters]</c>.</summary>
public sealed class SchoolAccountServices(ISchoolAccounts schools, AuditRecorder audit, ActionLimiter limits, ILogger<SchoolAccountServices> logger)
{
    /// <summary>The hourly limits of password resets (per school, per actor).</summary>
    public ActionLimiter Limits { get; } = limits;

    /// <summary>The schools' accounts.</summary>
    public ISchoolAccounts Schools { get; } = schools;

    /// <summary>The audit trail.</summary>
    public AuditRecorder Audit { get; } = audit;

    /// <summary>The endpoints' log.</summary>
    public ILogger<SchoolAccountServices> Logger { get; } = logger;
}
