using Belajar.Abstractions.Schools;
using Belajar.Dapodik;

namespace Belajar.Grains.Runs;

/// <summary>
/// One reading of the snapshot by a run activation (in memory only): the reader, its report, the schools in flight, and what
/// this pass has counted. A run that resumes after its silo died starts a new pass and counts again from the beginning.
/// </summary>
public sealed class RunPass(SnapshotReader reader, SnapshotReport report) : IAsyncDisposable
{
    private IAsyncEnumerator<SchoolRoster>? _rosters;

    public SnapshotReport Report { get; } = report;

    public Dictionary<string, InFlightSchool> InFlight { get; } = new(StringComparer.Ordinal);

    /// <summary>Schools in flight to send their roster again on the next tick, whatever their time (a silo was declared dead).</summary>
    public HashSet<string> ResendNow { get; } = new(StringComparer.Ordinal);

    public bool ReaderDone { get; private set; }

    public int SchoolsSeen { get; set; }

    public DryRunCounts DryRun { get; } = new();

    /// <summary>The next school's roster, read off the grain's scheduler (the first read partitions the files).</summary>
    public async Task<SchoolRoster?> NextAsync(CancellationToken ct)
    {
        _rosters ??= reader.ReadAsync(Report, ct).GetAsyncEnumerator(ct);
        var rosters = _rosters;
        var hasNext = await Task.Run(async () => await rosters.MoveNextAsync(), ct);
        if (!hasNext)
        {
            ReaderDone = true;
            return null;
        }

        return rosters.Current;
    }

    public async ValueTask DisposeAsync()
    {
        if (_rosters is not null)
        {
            await _rosters.DisposeAsync();
        }
    }
}

/// <summary>A school whose roster has been sent and whose result has not come back yet.</summary>
public sealed record InFlightSchool(SchoolProvisioning Request, DateTimeOffset SentAt);
