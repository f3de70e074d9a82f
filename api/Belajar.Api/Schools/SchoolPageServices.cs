using Belajar.Api.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Stats;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Schools;

/// <summary>What the operator's school endpoints need, bound with <c>[AsParameters]</c>.</summary>
public sealed class SchoolPageServices(
    ISchoolAccounts schools, AuditRecorder audit, IOptions<SchoolDeadlineOptions> deadline, SyncThrottle sync, TimeProvider time, ILogger<SchoolPageServices> logger)
{
    /// <summary>The schools' accounts.</summary>
    public ISchoolAccounts Schools { get; } = schools;

    /// <summary>The audit trail.</summary>
    public AuditRecorder Audit { get; } = audit;

    /// <summary>The deadline settings (<c>Lifecycle</c>).</summary>
    public IOptions<SchoolDeadlineOptions> Deadline { get; } = deadline;

    /// <summary>The on-demand sync's limit.</summary>
    public SyncThrottle Sync { get; } = sync;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>The endpoints' log.</summary>
    public ILogger<SchoolPageServices> Logger { get; } = logger;
}
