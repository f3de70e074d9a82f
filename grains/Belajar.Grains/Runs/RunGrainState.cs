using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;

namespace Belajar.Grains.Runs;

/// <summary>The stored state of a run. Stored: never reorder or renumber an <c>[Id]</c>.</summary>
[GenerateSerializer, Alias("belajar.RunGrainState")]
public sealed class RunGrainState
{
    public const int MaxListed = 1000;

    public const int MaxExamplesPerCode = 20;

    [Id(0)] public RunRequest? Request { get; set; }
    [Id(1)] public RunState State { get; set; }
    [Id(2)] public DateTimeOffset StartedAt { get; set; }
    [Id(3)] public DateTimeOffset? CompletedAt { get; set; }
    [Id(4)] public int SchoolsTotal { get; set; }
    /// <summary>NPSNs of the schools whose roster is done: a resumed run skips them.</summary>
    [Id(5)] public HashSet<string> Done { get; set; } = new(StringComparer.Ordinal);
    [Id(6)] public long Eligible { get; set; }
    [Id(7)] public long Created { get; set; }
    [Id(8)] public long Failed { get; set; }
    [Id(9)] public long RowsRejected { get; set; }
    [Id(10)] public List<RejectedRowView> RejectedRows { get; set; } = [];
    [Id(11)] public Dictionary<string, long> RejectedByReason { get; set; } = new(StringComparer.Ordinal);
    [Id(12)] public Dictionary<string, long> NotEligibleByReason { get; set; } = new(StringComparer.Ordinal);
    [Id(13)] public List<RunCount> Counts { get; set; } = [];
    [Id(14)] public List<string> Gone { get; set; } = [];
    [Id(15)] public List<string> FailureReasons { get; set; } = [];
    [Id(16)] public string? FailureReason { get; set; }
    /// <summary>Seconds spent running before <see cref="RunningSince"/> (pauses do not count towards the rate).</summary>
    [Id(17)] public double ActiveSeconds { get; set; }
    [Id(18)] public DateTimeOffset? RunningSince { get; set; }
    /// <summary>The school that listed each account of <see cref="Gone"/>, by account key (to tell a mover from a leaver).</summary>
    [Id(19)] public Dictionary<string, string> GoneFrom { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Accounts not created again (deactivated at the deadline).</summary>
    [Id(20)] public long Skipped { get; set; }
    /// <summary>Failed accounts by failure code.</summary>
    [Id(21)] public Dictionary<string, long> FailedByCode { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The first failed accounts of each failure code (at most <see cref="MaxExamplesPerCode"/> each).</summary>
    [Id(22)] public Dictionary<string, List<AccountFailureView>> FailureExamples { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Failed accounts by school (NPSN): the schools that <c>retry-failed</c> asks again.</summary>
    [Id(23)] public Dictionary<string, int> FailedBySchool { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The schools retrying their failed accounts that have not reported yet (a retry reads no snapshot).</summary>
    [Id(24)] public HashSet<string> Retrying { get; set; } = new(StringComparer.Ordinal);
    /// <summary>When the retry asked its schools (to ask again those that do not answer).</summary>
    [Id(25)] public DateTimeOffset? RetryAskedAt { get; set; }
    /// <summary>Since when the run has not moved, while its watchdog sees it stalled; null otherwise.</summary>
    [Id(26)] public DateTimeOffset? StalledSince { get; set; }
    /// <summary>While stalled: what the run waits on, one line per school.</summary>
    [Id(27)] public List<string> WaitingOn { get; set; } = [];
    /// <summary>The provinces whose accounts the run takes off their school, counted by the mass-change guard.</summary>
    [Id(28)] public List<RegionChange> MassChanges { get; set; } = [];
    /// <summary>Whether the guard let the run change accounts (within the limits, or approved).</summary>
    [Id(29)] public bool ChangesCleared { get; set; }
    /// <summary>The Pusdatin user who approved the run's mass changes.</summary>
    [Id(30)] public string? ApprovedBy { get; set; }
}
