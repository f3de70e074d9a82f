using Belajar.Abstractions.Accounts;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Runs;

/// <summary>
/// The report's list of persons gone from Dapodik. A school lists the accounts missing from its new roster; a person who moved
/// to a school that comes later in the same run is among them until that school has provisioned the account. So the run keeps
/// the school that listed each account and, when the run completes (and whenever the list is full), drops every account that is
/// now at another school: a mover is not gone.
/// </summary>
public sealed partial class ProvisioningRunGrain
{
    private bool _goneFullAfterCheck;

    private async Task AddGoneAsync(string npsn, IReadOnlyList<string> entries)
    {
        foreach (var entry in entries)
        {
            if (S.Gone.Count >= RunGrainState.MaxListed && !_goneFullAfterCheck)
            {
                await RemoveMoversFromGoneAsync();
                _goneFullAfterCheck = S.Gone.Count >= RunGrainState.MaxListed;
            }

            if (S.Gone.Count >= RunGrainState.MaxListed)
            {
                return;
            }

            S.Gone.Add(entry);
            S.GoneFrom[AccountKeyOf(entry)] = npsn;
        }
    }

    private async Task RemoveMoversFromGoneAsync()
    {
        if (S.Gone.Count == 0)
        {
            return;
        }

        var checks = S.Gone.Select(async entry =>
        {
            var key = AccountKeyOf(entry);
            if (!S.GoneFrom.TryGetValue(key, out var listedBy))
            {
                return (Entry: entry, Key: key, Moved: false);
            }

            var now = await GrainFactory.GetGrain<IAccountGrain>(key).GetAsync();
            return (Entry: entry, Key: key, Moved: now is not null && !string.Equals(now.Npsn, listedBy, StringComparison.Ordinal));
        }).ToList();
        var results = await Task.WhenAll(checks);
        foreach (var key in results.Where(r => r.Moved).Select(r => r.Key))
        {
            S.GoneFrom.Remove(key);
            LogMoverNotGone(RunId, key);
        }

        S.Gone = results.Where(r => !r.Moved).Select(r => r.Entry).ToList();
    }

    /// <summary>An entry is the account key, possibly followed by a note (<c>"pd-… (suspended on …)"</c>).</summary>
    private static string AccountKeyOf(string entry)
    {
        var space = entry.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? entry : entry[..space];
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId}: account {AccountKey} moved to another school, not gone")]
    private partial void LogMoverNotGone(string runId, string accountKey);
}
