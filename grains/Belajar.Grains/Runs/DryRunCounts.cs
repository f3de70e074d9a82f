using Belajar.Domain;
using Belajar.Abstractions.Runs;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Runs;

/// <summary>What a dry run counts: accounts per province, role and jenjang, with a few sample addresses of each.</summary>
public sealed class DryRunCounts
{
    private const int Samples = 3;
    private readonly Dictionary<(string Provinsi, AccountRole Role, Jenjang Jenjang), (long Count, List<string> Samples)> _counts = [];

    public void Add(string provinsi, AccountRole role, Jenjang jenjang, Func<string> sampleAddress)
    {
        var key = (provinsi, role, jenjang);
        if (!_counts.TryGetValue(key, out var entry))
        {
            entry = (0, []);
        }

        if (entry.Samples.Count < Samples)
        {
            entry.Samples.Add(sampleAddress());
        }

        _counts[key] = (entry.Count + 1, entry.Samples);
    }

    public List<RunCount> ToList() => _counts
        .OrderBy(c => c.Key.Provinsi, StringComparer.Ordinal).ThenBy(c => c.Key.Role).ThenBy(c => c.Key.Jenjang)
        .Select(c => new RunCount(c.Key.Provinsi, RoleNames.Of(c.Key.Role), c.Key.Jenjang.ToString(), c.Value.Count, c.Value.Samples.ToList()))
        .ToList();
}
