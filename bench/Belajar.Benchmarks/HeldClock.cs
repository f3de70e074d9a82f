namespace Belajar.Benchmarks;

/// <summary>
/// Moves the programme's clock (<see cref="ProgrammeClock"/>), shared by in-process silos, only when their reminder services are
/// at rest, so that the clock never passes a reminder's due time while an earlier tick or the work it started is unfinished, and
/// never passes a tick the service has not armed: a step ends at the first due time within it (the clock lands on every tick).
/// The silos keep every reminder loaded (<see cref="ProgrammeVariant"/>), so no tick waits for the reminder service's list
/// refresh. Before each step it waits (on <see cref="ReminderActivity"/>'s events, never on a timer) until on every silo:
/// <list type="number">
/// <item>every tick due in the last step has fired (or its reminder was registered again, removed or stopped), no tick is in
/// flight, every local reminder has armed the wait for its next tick, and the work of the ticks named as background (an
/// account's deadline check) has ended;</item>
/// <item>every reminder of the silo's reminder table with a tick in the coming step is loaded and armed (a reminder just
/// registered is started by the reminder service in the background).</item>
/// </list>
/// The table is read again whenever a reminder was registered or removed since the last read. A wait that sees no event for
/// <see cref="Patience"/> of real time fails, naming what it waited for.
/// </summary>
internal sealed class HeldClock(ProgrammeClock clock, IReadOnlyList<HeldSilo> silos, ReminderActivity activity)
{
    /// <summary>The longest real time a wait goes without any reminder event before it fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(1);

    private readonly Dictionary<SiloAddress, (long Changes, List<ReminderEntry> Rows)> _tables = [];
    private List<(HeldSilo Silo, (GrainId, string) Key, (long Fired, long Changes) Before)> _expected = [];

    /// <summary>Steps taken (a step ends early at a due time), and how many of them had to wait for a due tick to be armed.</summary>
    public long Steps { get; private set; }

    public long LoadWaits { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// Waits until every silo is at rest, then moves the clock to <paramref name="limit"/>, or only to the first due time of a
    /// reminder before it once that reminder is loaded and armed: the clock lands on every due time, so that each tick fires at
    /// its own time and a step passes at most one tick of each reminder.
    /// </summary>
    public async Task StepAsync(DateTimeOffset limit)
    {
        var from = clock.GetUtcNow().UtcDateTime;
        var to = limit.UtcDateTime;
        var waitedForLoad = false;
        while (true)
        {
            var changed = activity.Changed;
            var busy = Busy();
            if (busy is null)
            {
                await ReadTablesAsync();
                var due = Due(from, to + Resolution);
                var target = Landing(due.Select(d => d.At).ToList(), to);
                var next = due.Where(d => d.At <= target).ToList();
                var unloaded = next.FirstOrDefault(d => !activity.Read(d.Silo.Address, s => s.IsArmed(d.Key)));
                if (unloaded.Silo is null)
                {
                    // taken at rest (checked again after the table read): nothing fires before the clock moves
                    var expected = next.Select(d => (d.Silo, d.Key, activity.Read(d.Silo.Address, s => s.Generation(d.Key)))).ToList();
                    if (Busy() is null)
                    {
                        _expected = expected;
                        LoadWaits += waitedForLoad ? 1 : 0;
                        Steps++;
                        clock.AdvanceTo(new DateTimeOffset(target, TimeSpan.Zero));
                        return;
                    }

                    continue;
                }

                busy = $"{unloaded.Silo.Name}: {unloaded.Key} due at {target:O} not loaded and armed";
                waitedForLoad = true;
            }

            await WaitAsync(changed, busy);
        }
    }

    /// <summary>
    /// Where the clock lands: the first due time, or <paramref name="limit"/>, moved on past every due time or the limit that lies
    /// less than a millisecond after it. Orleans waits for a due time in <c>Task.Delay</c>s, which count whole milliseconds: a
    /// clock that stopped less than a millisecond before a due time would make that wait spin for ever on the reminder service's
    /// scheduler (its remaining delay rounds down to zero and the clock does not move), and no reminder of that silo would fire.
    /// </summary>
    private static DateTime Landing(IReadOnlyCollection<DateTime> due, DateTime limit)
    {
        var times = due.Append(limit).Order().ToList();
        var target = due.Where(d => d <= limit).Append(limit).Min();
        foreach (var time in times)
        {
            if (time > target && time - target < Resolution)
            {
                target = time;
            }
        }

        return target;
    }

    /// <summary>Waits until every silo is at rest (the end of a run), without moving the clock.</summary>
    public async Task SettleAsync()
    {
        while (true)
        {
            var changed = activity.Changed;
            if (Busy() is not { } busy)
            {
                return;
            }

            await WaitAsync(changed, busy);
        }
    }

    /// <summary>What keeps some silo from rest (the first found), or null.</summary>
    private string? Busy()
    {
        foreach (var (silo, key, before) in _expected)
        {
            var now = activity.Read(silo.Address, s => s.Generation(key));
            if (now.Fired == before.Fired && now.Changes == before.Changes)
            {
                return $"{silo.Name}: {key} due by {clock.GetUtcNow():O} has not fired (its last events: {activity.Read(silo.Address, s => s.History(key))}; table: {string.Join(", ", _tables[silo.Address].Rows.Where(r => (r.GrainId, r.ReminderName) == key).Select(r => $"{r.StartAt:HH:mm:ss.fffffff} every {r.Period}"))})";
            }
        }

        foreach (var silo in silos)
        {
            if (activity.Read(silo.Address, s => s.Busy()) is { } busy)
            {
                return $"{silo.Name}: {busy}";
            }
        }

        return null;
    }

    private static async Task WaitAsync(Task changed, string what)
    {
        try
        {
            await changed.WaitAsync(Patience);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The programme's clock waited {Patience} of real time without a reminder event for: {what}", ex);
        }
    }

    /// <summary>Reads each silo's reminder table again when a reminder was registered or removed since the last read.</summary>
    private async Task ReadTablesAsync()
    {
        foreach (var silo in silos)
        {
            while (true)
            {
                var changes = activity.Read(silo.Address, s => s.TableChanges);
                if (_tables.TryGetValue(silo.Address, out var table) && table.Changes == changes)
                {
                    break;
                }

                var rows = (await silo.Table.ReadRows(0u, 0u)).Reminders.ToList(); // begin = end: the whole ring
                if (activity.Read(silo.Address, s => s.TableChanges) == changes)
                {
                    _tables[silo.Address] = (changes, rows);
                }
            }
        }
    }

    /// <summary>The reminders with a tick after <paramref name="from"/> and at or before <paramref name="to"/>, with its time.</summary>
    private List<(HeldSilo Silo, (GrainId, string) Key, DateTime At)> Due(DateTime from, DateTime to)
    {
        var due = new List<(HeldSilo, (GrainId, string), DateTime)>();
        foreach (var silo in silos)
        {
            foreach (var row in _tables[silo.Address].Rows)
            {
                if (NextTickAfter(row, from) is var at && at <= to)
                {
                    due.Add((silo, (row.GrainId, row.ReminderName), at));
                }
            }
        }

        return due;
    }

    /// <summary>The reminder's first tick after <paramref name="time"/> (its start, then every period: Orleans' schedule).</summary>
    private static DateTime NextTickAfter(ReminderEntry row, DateTime time)
    {
        var start = DateTime.SpecifyKind(row.StartAt, DateTimeKind.Utc);
        if (start > time)
        {
            return start;
        }

        var sinceLast = (time - start).Ticks % row.Period.Ticks;
        return time.AddTicks(row.Period.Ticks - sinceLast);
    }
}

/// <summary>A silo the held clock waits for: its address (as in the reminder events), its reminder table and a name for messages.</summary>
internal sealed record HeldSilo(string Name, SiloAddress Address, IReminderTable Table);
