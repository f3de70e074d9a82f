using Belajar.Abstractions.Accounts;
using Belajar.Domain;

namespace Belajar.Grains.Accounts;

/// <summary>
/// The home school (<c>sekolah induk</c>) of an account that several schools list (a teacher registered at an SD and an SMP):
/// the one school whose org unit, cost centre and jenjang (hence domain) the Google user has, and the one school whose funnel
/// counts the person. Dapodik has no home-school column, so the rule is ours, deterministic and stable. Pure:
/// <list type="number">
/// <item>the current home school, as long as it still lists the person (a second school never moves an existing account);</item>
/// <item>otherwise the school where the person is head of school (a <c>kepala-sekolah</c> spec, <c>jenis_ptk_id</c> 20);</item>
/// <item>otherwise the lowest NPSN (ordinal), so that every run and every order of the schools picks the same one.</item>
/// </list>
/// </summary>
public static class HomeSchool
{
    /// <summary>The NPSN of the home school among <paramref name="listings"/> (each listing school's spec; at least one).</summary>
    /// <param name="current">The NPSN of the account's home school so far; null for a new account.</param>
    /// <exception cref="ArgumentException">No school lists the account.</exception>
    public static string Choose(string? current, IEnumerable<AccountSpec> listings)
    {
        var list = listings.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("An account's home school is chosen among the schools that list it: there is none.", nameof(listings));
        }

        if (current is not null && list.Exists(s => string.Equals(s.Npsn, current, StringComparison.Ordinal)))
        {
            return current;
        }

        return list
            .OrderBy(s => s.Role == AccountRole.KepalaSekolah ? 0 : 1)
            .ThenBy(s => s.Npsn, StringComparer.Ordinal)
            .First().Npsn;
    }
}
