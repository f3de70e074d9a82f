using Belajar.Api.Audit;

namespace Belajar.Api.Accounts;

/// <summary>What the school account endpoints need, bound with <c>[AsParameters]</c>.</summary>
public sealed class SchoolAccountServices(ISchoolAccounts schools, AuditRecorder audit, ILogger<SchoolAccountServices> logger)
{
    /// <summary>The schools' accounts.</summary>
    public ISchoolAccounts Schools { get; } = schools;

    /// <summary>The audit trail.</summary>
    public AuditRecorder Audit { get; } = audit;

    /// <summary>The endpoints' log.</summary>
    public ILogger<SchoolAccountServices> Logger { get; } = logger;
}
