namespace Belajar.Directory.Emulator;

/// <summary>Everything one emulator instance holds, shared by its endpoints.</summary>
public sealed class EmulatorState
{
    /// <summary>Creates the state.</summary>
    public EmulatorState(EmulatorOptions options, TimeProvider timeProvider)
    {
        Options = options;
        TimeProvider = timeProvider;
        Store = new DirectoryStore();
        Faults = new EmulatorFaults();
        Faults.Apply(options.Faults);
        Quota = new QuotaMeter(timeProvider) { QueriesPerMinute = options.QueriesPerMinute };
        Tokens = new TokenService(options, timeProvider);
        Api = new DirectoryApi(options, Store, Faults, Quota, timeProvider);
        ReportsQuota = new QuotaMeter(timeProvider) { QueriesPerMinute = options.ReportsQueriesPerMinute };
        Activities = new ActivityLog();
        Reports = new ReportsApi(options, Store, Activities, Faults, Quota, timeProvider);
    }

    /// <summary>The Reports API's own quota (its calls are counted by method in <see cref="Quota"/>).</summary>
    public QuotaMeter ReportsQuota { get; }

    /// <summary>The login activities sign-ins record.</summary>
    public ActivityLog Activities { get; }

    /// <summary>The Reports API.</summary>
    public ReportsApi Reports { get; }

    /// <summary>The statistics: the Directory quota's counts, with the Reports API's calls and throttled calls beside them.</summary>
    public EmulatorStats Stats()
    {
        var stats = Quota.Snapshot(Store.UserCount);
        var reports = ReportsQuota.Snapshot(0);
        stats.ReportsCalls = reports.Calls;
        stats.ReportsThrottled = reports.Throttled;
        return stats;
    }

    /// <summary>The options it started with.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>Its clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Users, org units, roles.</summary>
    public DirectoryStore Store { get; }

    /// <summary>Injected faults.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>Quota and statistics.</summary>
    public QuotaMeter Quota { get; }

    /// <summary>The token endpoint.</summary>
    public TokenService Tokens { get; }

    /// <summary>The API.</summary>
    public DirectoryApi Api { get; }

    /// <summary>Forgets users, org units, assignments, counts and faults.</summary>
    public void Reset()
    {
        Store.Reset();
        Quota.Reset();
        ReportsQuota.Reset();
        Activities.Clear();
        Faults.Clear();
    }
}
