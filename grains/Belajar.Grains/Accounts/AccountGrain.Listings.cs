using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Accounts;

/// <summary>
/// One person, one account, several schools. A PTK registered at several schools (the same <c>ptk_id</c> in several rosters) has
/// one account that every such school lists (<see cref="AccountState.Listings"/>, each school's spec); the home school
/// (<see cref="HomeSchool"/>) gives the account its org unit, cost centre and jenjang, and is the one school whose funnel counts
/// it. The account feeds every listing school's read model: after each write of a listed-by-several account, each of those
/// schools gets its record (one-way, <see cref="ISchoolGrain.AccountChangedAsync"/>), so a guest school's download, cards and
/// counts follow what the home school's sync and deadline change. A learner is at one school: a new school replaces the old.
/// </summary>
public sealed partial class AccountGrain
{
    private AccountRecord? _lastSentToListings;

    /// <summary>
    /// Records that <paramref name="spec"/>'s school lists the account and answers the spec of its home school (the one the account
    /// is provisioned as); <paramref name="changed"/> when the stored listings changed.
    /// </summary>
    private AccountSpec List(AccountSpec spec, out bool changed)
    {
        var (home, stored) = SchoolListings.Listed(S.Listings, S.Spec, spec);
        changed = !SchoolListings.Same(S.Listings, stored);
        S.Listings = stored;
        return home;
    }

    public async Task<bool> UnlistAsync(string npsn)
    {
        await LoadAsync();
        if (S.Spec is null)
        {
            return false;
        }

        var unlisting = SchoolListings.Unlisted(S.Listings, S.Spec, npsn);
        if (!unlisting.Changed)
        {
            return unlisting.StillListed; // not listed there: another school's account (a mover) or a leaver already
        }

        S.Listings = unlisting.Stored;
        var home = unlisting.Home;
        if (!unlisting.StillListed || home == S.Spec)
        {
            await WriteAsync(); // the last school dropped it (a leaver, handled by the school as before), or a guest did
            return unlisting.StillListed;
        }

        var listings = SchoolListings.Of(unlisting.Stored, home);
        try
        {
            await MoveHomeAsync(home);
            var stored = SchoolListings.ToStore(listings, home, S.Spec);
            if (!SchoolListings.Same(S.Listings, stored))
            {
                S.Listings = stored;
                await WriteAsync();
            }

            Tell(listings.Keys); // listed by one school now: the write above no longer tells it that it is the home school
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // the unlisting is kept; the school that still lists it provisions it as its home at its next run, which moves it
            LogHomeMoveFailed(services.Logger, ex, Key, home.Npsn);
            Forget();
            await LoadAsync();
            S.Listings = listings;
            await WriteAsync();
        }

        return true;
    }

    /// <summary>The account takes <paramref name="home"/> as its school: a new address when the jenjang's domain changes, else a move.</summary>
    private Task MoveHomeAsync(AccountSpec home) => NeedsNewDomain(home) ? ReaddressAsync(home) : MoveAsync(home);

    /// <summary>After each write of an account that several schools list, each of them gets its record (one-way; unchanged records are not sent again).</summary>
    protected override void AfterWrite()
    {
        if (S.Listings is not { Count: > 1 } listings || S.Spec is null)
        {
            return;
        }

        var record = Record();
        if (record == _lastSentToListings)
        {
            return;
        }

        _lastSentToListings = record;
        Tell(listings.Keys);
    }

    /// <summary>Sends the account's record to those schools (one-way: a school may be calling this account right now).</summary>
    private void Tell(IEnumerable<string> npsns)
    {
        var record = Record();
        foreach (var npsn in npsns)
        {
            GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).AccountChangedAsync(record).Ignore();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey}: the move to its new home school {Npsn} failed; that school's next run moves it")]
    private static partial void LogHomeMoveFailed(ILogger logger, Exception ex, string accountKey, string npsn);
}
