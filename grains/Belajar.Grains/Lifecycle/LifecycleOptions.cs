namespace Belajar.Grains.Lifecycle;

/// <summary>
/// The activation deadline, its spread, the activation sync and the leaver policy (section <c>Lifecycle</c>; docs/lifecycle.md).
/// Validated at start-up by <see cref="LifecycleOptionsValidator"/>.
/// </summary>
public sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>The circular's deadline: accounts never used by then are suspended.</summary>
    public DateTimeOffset ActivationDeadline { get; set; } = new(2021, 6, 30, 23, 59, 59, TimeSpan.FromHours(7));

    /// <summary>An account created later than <c>deadline − this</c> is checked at its creation time + this instead.</summary>
    public TimeSpan MinimumGracePeriod { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How far after its due time each account's check is spread (by a stable hash of its key).</summary>
    public TimeSpan DeactivationWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How old a sync's read of an account's Google status may be for the deadline check to reuse it instead of its own
    /// <c>users.get</c>; only reads made at or after the account's deadline count (<see cref="DeadlineStatusReuse"/>). Zero: the
    /// check always reads.
    /// </summary>
    public TimeSpan DeadlineStatusMaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Each school that still has a pending account syncs once more just after <see cref="ActivationDeadline"/> (at
    /// <see cref="DeadlineSyncDelay"/> after it), so that its accounts' deadline checks (spread over
    /// <see cref="DeactivationWindow"/> from the deadline) find a fresh read since the deadline and make no <c>users.get</c> of
    /// their own (<c>SyncCadence.DueIn</c>). Only while <see cref="DeadlineStatusMaxAge"/> is above zero (otherwise no check
    /// would reuse the read).
    /// </summary>
    public bool SyncAfterDeadline { get; set; } = true;

    /// <summary>
    /// How long after <see cref="ActivationDeadline"/> the sync of <see cref="SyncAfterDeadline"/> comes: the checks due before it
    /// read for themselves, and a margin keeps a silo whose clock runs a little behind from reading before the deadline.
    /// </summary>
    public TimeSpan DeadlineSyncDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each school reads its users' activation status from Google (spread by a hash of the NPSN).</summary>
    public TimeSpan SyncPeriod { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// The longest period a school's sync stretches to while nothing changes (<c>SyncCadence</c>); equal to
    /// <see cref="SyncPeriod"/>: every school syncs every <see cref="SyncPeriod"/>.
    /// </summary>
    public TimeSpan SyncMaxPeriod { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How sign-ins are found: <see cref="SignInDiscoveryMode.Listing"/> (each school lists its users on its periodic sync) or
    /// <see cref="SignInDiscoveryMode.Activities"/> (one domain-wide read of the Reports API's login activities every
    /// <see cref="SignInDiscoveryPeriod"/>; a school then lists only for the sync just after the deadline and on request).
    /// </summary>
    public SignInDiscoveryMode SignInDiscovery { get; set; } = SignInDiscoveryMode.Listing;

    /// <summary>How often the login activities are read with <see cref="SignInDiscoveryMode.Activities"/>.</summary>
    public TimeSpan SignInDiscoveryPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How far before the newest activity seen each read of the login activities starts again: Google reports an activity some
    /// time after it happened (<c>SignInWatermark</c>).
    /// </summary>
    public TimeSpan SignInDiscoveryOverlap { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A school none of whose accounts is Created or Distributed stops its periodic sync (again on when one is).</summary>
    public bool SyncStopsWhenSettled { get; set; } = true;

    /// <summary>Leaver policy of delta runs: suspend accounts gone from Dapodik after <see cref="LeaverGracePeriod"/>. Off by default.</summary>
    public bool SuspendLeavers { get; set; }

    /// <summary>How long a person gone from Dapodik keeps a working account (belajar.id warns at 30 and 3 days).</summary>
    public TimeSpan LeaverGracePeriod { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>How sign-ins are found (<c>Lifecycle:SignInDiscovery</c>).</summary>
public enum SignInDiscoveryMode
{
    /// <summary>Each school lists its users (<c>users.list</c>, Directory quota) on its periodic sync.</summary>
    Listing = 0,

    /// <summary>One domain-wide read of the login activities (<c>activities.list</c>, Reports quota) on a period.</summary>
    Activities = 1,
}
