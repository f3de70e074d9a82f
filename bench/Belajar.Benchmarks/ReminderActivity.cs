using Orleans.Reminders.Diagnostics;

namespace Belajar.Benchmarks;

/// <summary>
/// What the reminder services of some in-process silos are doing, from Orleans' reminder events (<see cref="ReminderEvents"/>),
/// kept per silo: ticks fired against ticks completed or failed, which local reminders have armed the wait for their next tick
/// (a reminder between a tick and its next wait, or just started or rescheduled, is busy), and the work a tick leaves running in
/// its grain for reminders named in <c>background</c>: such a tick is pending until the grain registers or removes that same
/// reminder (an account's <c>deadline</c> tick only arms the check, which ends by removing the reminder or registering it again).
/// Every change completes <see cref="Changed"/>, so a waiter re-checks on events, not on a timer.
/// </summary>
internal sealed class ReminderActivity : IObserver<ReminderEvents.ReminderEvent>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<SiloAddress, SiloReminders> _silos;
    private readonly IReadOnlySet<string> _background;
    private readonly TimeProvider _clock;
    private readonly IDisposable _subscription;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReminderActivity(TimeProvider clock, IEnumerable<SiloAddress> silos, IReadOnlySet<string> background)
    {
        _clock = clock;
        _silos = silos.ToDictionary(s => s, _ => new SiloReminders());
        _background = background;
        _subscription = ReminderEvents.AllEvents.Subscribe(this);
    }

    /// <summary>Completes at the next event (take it before checking a condition, then await it if the condition is not met).</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>Runs <paramref name="read"/> on the silo's state under the lock (the state is not safe to read outside it).</summary>
    public T Read<T>(SiloAddress silo, Func<SiloReminders, T> read)
    {
        lock (_gate)
        {
            return read(_silos[silo]);
        }
    }

    public void OnNext(ReminderEvents.ReminderEvent value)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (value.SiloAddress is null || !_silos.TryGetValue(value.SiloAddress, out var silo))
            {
                return;
            }

            silo.Apply(value, _background.Contains(value.ReminderName), _clock.GetUtcNow());
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => _subscription.Dispose();
}

/// <summary>One silo's reminder activity (<see cref="ReminderActivity"/>); read and changed only under its lock.</summary>
internal sealed class SiloReminders
{
    private readonly Dictionary<object, Local> _locals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(GrainId, string), object> _current = [];
    private readonly Dictionary<(GrainId, string), long> _fired = [];
    private readonly Dictionary<(GrainId, string), long> _changes = [];
    private readonly HashSet<(GrainId, string)> _pending = [];
    private readonly Dictionary<(GrainId, string), Queue<string>> _history = [];

    /// <summary>Ticks fired (<c>TickFiring</c>), completed and failed since the start.</summary>
    public long Fired { get; private set; }

    public long Completed { get; private set; }

    public long Failed { get; private set; }

    /// <summary>Registrations and removals: the reminder table changed when this did.</summary>
    public long TableChanges { get; private set; }

    /// <summary>Ticks whose grain call has not returned.</summary>
    public long InFlight => Fired - Completed - Failed;

    /// <summary>How many times the reminder fired, and how many times it was registered, removed, rescheduled or stopped.</summary>
    public (long Fired, long Changes) Generation((GrainId, string) key) => (_fired.GetValueOrDefault(key), _changes.GetValueOrDefault(key));

    /// <summary>True when the silo runs the reminder locally and it waits for its next tick.</summary>
    public bool IsArmed((GrainId, string) key) => _current.TryGetValue(key, out var identity) && _locals[identity].Armed;

    /// <summary>Why the silo is not at rest (a tick in flight, a reminder not armed, a tick's work pending), or null.</summary>
    public string? Busy()
    {
        if (InFlight != 0)
        {
            return $"{InFlight} ticks in flight";
        }

        var unarmed = _locals.Values.Count(l => !l.Armed);
        if (unarmed != 0)
        {
            return $"{unarmed} local reminders not armed (e.g. {_locals.Values.First(l => !l.Armed).Key})";
        }

        return _pending.Count != 0 ? $"{_pending.Count} ticks' work pending (e.g. {_pending.First()})" : null;
    }

    /// <summary>The reminder's last events (for a message that says why a wait failed).</summary>
    public string History((GrainId, string) key) => _history.TryGetValue(key, out var h) ? string.Join("; ", h) : "no event";

    public void Apply(ReminderEvents.ReminderEvent e, bool background, DateTimeOffset now)
    {
        var key = (e.GrainId, e.ReminderName);
        if (!_history.TryGetValue(key, out var history))
        {
            _history[key] = history = new Queue<string>();
        }

        history.Enqueue($"{now:HH:mm:ss.fffffff} {e.GetType().Name}{(e is ReminderEvents.TickFiring f ? $" {f.Status}" : "")}");
        if (history.Count > 8)
        {
            history.Dequeue();
        }

        switch (e)
        {
            case ReminderEvents.LocalReminderStarted started:
                _locals[started.Identity] = new Local(key);
                _current[key] = started.Identity;
                break;
            case ReminderEvents.LocalReminderScheduleChanged changed when _locals.TryGetValue(changed.Identity, out var local):
                local.Armed = false;
                local.Version = Math.Max(local.Version, changed.ScheduleVersion);
                Bump(_changes, key);
                break;
            case ReminderEvents.LocalReminderTickWaitArmed armed when _locals.TryGetValue(armed.Identity, out var local):
                local.Armed = armed.ScheduleVersion >= local.Version;
                break;
            case ReminderEvents.LocalReminderStopped stopped:
                _locals.Remove(stopped.Identity);
                if (_current.TryGetValue(key, out var identity) && ReferenceEquals(identity, stopped.Identity))
                {
                    _current.Remove(key);
                }

                Bump(_changes, key);
                break;
            case ReminderEvents.TickFiring:
                Fired++;
                Bump(_fired, key);
                if (_current.TryGetValue(key, out var firing))
                {
                    _locals[firing].Armed = false;
                }

                if (background)
                {
                    _pending.Add(key);
                }

                break;
            case ReminderEvents.TickCompleted:
                Completed++;
                break;
            case ReminderEvents.TickFailed:
                Failed++;
                _pending.Remove(key); // the grain did not take the tick: no work started (the next tick tries again)
                break;
            case ReminderEvents.Registered or ReminderEvents.Unregistered:
                TableChanges++;
                Bump(_changes, key);
                _pending.Remove(key);
                break;
        }
    }

    private static void Bump(Dictionary<(GrainId, string), long> counts, (GrainId, string) key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private sealed class Local((GrainId, string) key)
    {
        public (GrainId, string) Key { get; } = key;

        public bool Armed { get; set; }

        public long Version { get; set; }
    }
}
