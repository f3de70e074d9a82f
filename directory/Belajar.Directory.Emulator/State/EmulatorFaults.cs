namespace Belajar.Directory.Emulator;

/// <summary>The faults the emulator injects, changeable at run time (in process or through <c>/emulator/faults</c>).</summary>
public sealed class EmulatorFaults
{
    private int _retryAfterSeconds = 2;
    private int _latencyMs;

    /// <summary>503 <c>backendError</c> before the call is processed.</summary>
    public FaultRule BackendError { get; } = new();

    /// <summary>429 <c>rateLimitExceeded</c> with <c>Retry-After</c>, before the call is processed.</summary>
    public FaultRule TooManyRequests { get; } = new();

    /// <summary>409 after a successful insert (the user exists; the answer was "lost").</summary>
    public FaultRule ConflictAfterInsert { get; } = new();

    /// <summary>412 "User creation is not complete." on reads of a user inserted within the window.</summary>
    public FaultRule CreationIncomplete { get; } = new();

    /// <summary>
    /// 404 on <c>users.get</c> of a user inserted within the window: the read lags the write, while <c>users.list</c> already
    /// finds the user by search.
    /// </summary>
    public FaultRule NotFoundAfterInsert { get; } = new();

    /// <summary>Per-user faults: chosen users' calls answered with a chosen error until lifted.</summary>
    public UserFaults Users { get; } = new();

    /// <summary>The <c>Retry-After</c> of a 429, seconds.</summary>
    public int RetryAfterSeconds
    {
        get => Volatile.Read(ref _retryAfterSeconds);
        set => Volatile.Write(ref _retryAfterSeconds, Math.Max(0, value));
    }

    /// <summary>Latency added to every HTTP request.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromMilliseconds(Volatile.Read(ref _latencyMs));
        set => Volatile.Write(ref _latencyMs, (int)Math.Max(0, value.TotalMilliseconds));
    }

    /// <summary>Applies the set properties of <paramref name="settings"/>.</summary>
    public void Apply(FaultSettings settings)
    {
        Set(BackendError, settings.BackendErrorRate, settings.BackendErrorNext);
        Set(TooManyRequests, settings.TooManyRequestsRate, settings.TooManyRequestsNext);
        Set(ConflictAfterInsert, settings.ConflictAfterInsertRate, settings.ConflictAfterInsertNext);
        Set(CreationIncomplete, settings.CreationIncompleteRate, settings.CreationIncompleteNext);
        if (settings.RetryAfterSeconds is { } retryAfter)
        {
            RetryAfterSeconds = retryAfter;
        }

        if (settings.LatencyMs is { } latency)
        {
            Latency = TimeSpan.FromMilliseconds(latency);
        }
    }

    /// <summary>The current settings.</summary>
    public FaultSettings Snapshot() => new()
    {
        BackendErrorRate = BackendError.Rate,
        BackendErrorNext = BackendError.Next,
        TooManyRequestsRate = TooManyRequests.Rate,
        TooManyRequestsNext = TooManyRequests.Next,
        RetryAfterSeconds = RetryAfterSeconds,
        ConflictAfterInsertRate = ConflictAfterInsert.Rate,
        ConflictAfterInsertNext = ConflictAfterInsert.Next,
        CreationIncompleteRate = CreationIncomplete.Rate,
        CreationIncompleteNext = CreationIncomplete.Next,
        LatencyMs = (int)Latency.TotalMilliseconds,
    };

    /// <summary>Turns every fault off, per-user faults included.</summary>
    public void Clear()
    {
        BackendError.Clear();
        TooManyRequests.Clear();
        ConflictAfterInsert.Clear();
        CreationIncomplete.Clear();
        NotFoundAfterInsert.Clear();
        Users.Clear();
        Latency = TimeSpan.Zero;
    }

    private static void Set(FaultRule rule, double? rate, int? next)
    {
        if (rate is { } r)
        {
            rule.Rate = r;
        }

        if (next is { } n)
        {
            rule.FailNext(n);
        }
    }
}
