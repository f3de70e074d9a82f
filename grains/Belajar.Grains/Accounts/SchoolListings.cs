using Belajar.Abstractions.Accounts;
using Belajar.Domain;

namespace Belajar.Grains.Accounts;

/// <summary>What a school no longer listing an account leaves (<see cref="SchoolListings.Unlisted"/>).</summary>
/// <param name="StillListed">Another school lists the account: it is not the dropping school's leaver.</param>
/// <param name="Home">The spec of the account's home school after the change (the account's own when it stays).</param>
/// <param name="Stored">What <see cref="AccountState.Listings"/> becomes.</param>
/// <param name="Changed">Whether anything is to be written.</param>
public sealed record Unlisting(bool StillListed, AccountSpec Home, Dictionary<string, AccountSpec>? Stored, bool Changed);

/// <summary>
/// The schools that list one account (a PTK at several schools), as <see cref="AccountState.Listings"/> stores them: null when
/// the one school is the account's own spec's (most accounts), empty when the last school dropped it, else every listing
/// school's spec by NPSN. The home school among them is <see cref="HomeSchool"/>'s. A learner is at one school: a new school
/// replaces the old (a mover). Pure.
/// </summary>
public static class SchoolListings
{
    /// <summary>The schools that list the account now.</summary>
    public static Dictionary<string, AccountSpec> Of(IReadOnlyDictionary<string, AccountSpec>? stored, AccountSpec? own) =>
        stored is not null ? new(stored, StringComparer.Ordinal)
        : own is not null ? new(StringComparer.Ordinal) { [own.Npsn] = own }
        : new(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="listed"/>'s school lists the account (its roster has it): answers the home school's spec (what the account is
    /// provisioned as) and what to store.
    /// </summary>
    public static (AccountSpec Home, Dictionary<string, AccountSpec>? Stored) Listed(
        IReadOnlyDictionary<string, AccountSpec>? stored, AccountSpec? own, AccountSpec listed)
    {
        if (own is null || listed.Role == AccountRole.PesertaDidik)
        {
            return (listed, null);
        }

        var listings = Of(stored, own);
        listings[listed.Npsn] = listed;
        var home = listings[HomeSchool.Choose(own.Npsn, listings.Values)];
        return (home, ToStore(listings, home, own));
    }

    /// <summary>School <paramref name="npsn"/> no longer lists the account.</summary>
    public static Unlisting Unlisted(IReadOnlyDictionary<string, AccountSpec>? stored, AccountSpec own, string npsn)
    {
        var listings = Of(stored, own);
        if (!listings.Remove(npsn))
        {
            return new Unlisting(listings.Count > 0, own, stored is null ? null : new(stored, StringComparer.Ordinal), false);
        }

        if (listings.Count == 0)
        {
            return new Unlisting(false, own, [], true); // listed by nobody: the next school to list it is its home
        }

        var home = listings[HomeSchool.Choose(own.Npsn, listings.Values)];
        return new Unlisting(true, home, ToStore(listings, home, own), true);
    }

    /// <summary>What to store once <paramref name="home"/> is the account's own spec: null when it is the one school.</summary>
    public static Dictionary<string, AccountSpec>? ToStore(Dictionary<string, AccountSpec> listings, AccountSpec home, AccountSpec? own) =>
        listings.Count == 1 && listings.ContainsKey(home.Npsn) && own?.Npsn == home.Npsn ? null : listings;

    /// <summary>Whether two stored listings say the same.</summary>
    public static bool Same(IReadOnlyDictionary<string, AccountSpec>? a, IReadOnlyDictionary<string, AccountSpec>? b) =>
        a is null ? b is null
        : b is not null && a.Count == b.Count && a.All(l => b.TryGetValue(l.Key, out var other) && other == l.Value);
}
