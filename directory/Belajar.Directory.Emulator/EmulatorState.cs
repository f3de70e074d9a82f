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
        Faults.Clear();
    }
}
