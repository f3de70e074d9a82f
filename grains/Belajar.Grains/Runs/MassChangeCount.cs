using Belajar.Abstractions.Runs;

namespace Belajar.Grains.Runs;

/// <summary>
/// Counts, per province, the accounts a run would take off their school (leavers, persons gone from Dapodik, movers to
/// another school) against the accounts the province's schools hold now, and tells whether a limit of
/// <see cref="MassChangeOptions"/> is exceeded. Pure: the run feeds it what its schools answer.
/// </summary>
public sealed class MassChangeCount
{
    private readonly Dictionary<string, (long Accounts, long Leaving)> _byProvince = new(StringComparer.Ordinal);

    /// <summary>Adds one school: the accounts it holds and how many of them the new roster no longer has.</summary>
    public void Add(string provinsi, long accounts, long leaving)
    {
        var (a, l) = _byProvince.GetValueOrDefault(provinsi);
        _byProvince[provinsi] = (a + accounts, l + leaving);
    }

    /// <summary>Provinces with at least one account leaving its school, by province name.</summary>
    public List<RegionChange> ToList(MassChangeOptions limits) => _byProvince
        .Where(p => p.Value.Leaving > 0)
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => new RegionChange(p.Key, p.Value.Accounts, p.Value.Leaving, Exceeds(p.Value.Accounts, p.Value.Leaving, limits)))
        .ToList();

    /// <summary>
    /// Whether <paramref name="leaving"/> accounts of a province holding <paramref name="accounts"/> exceed a limit: more than
    /// <see cref="MassChangeOptions.MaxAccounts"/>, or more than <see cref="MassChangeOptions.MaxShare"/> of the accounts.
    /// </summary>
    public static bool Exceeds(long accounts, long leaving, MassChangeOptions limits) =>
        leaving > limits.MaxAccounts || (accounts > 0 && leaving > limits.MaxShare * accounts);
}
