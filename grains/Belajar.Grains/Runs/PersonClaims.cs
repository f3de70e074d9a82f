using Belajar.Abstractions.Accounts;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;
using Belajar.Grains.Admins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Runs;

/// <summary>
/// Keys a school's PTK candidates by person (<see cref="PersonIdentity"/>): each candidate with a NUPTK or NIK asks its person's
/// claim (<see cref="IPersonGrain"/>) for the Dapodik id the person's accounts are keyed by, so that one person's rows with
/// different <c>ptk_id</c>s at several schools name one account, which every such school lists. Learners and operators without a
/// PTK row keep their own key. A row whose own account already exists keeps it even when the claim names another id (two
/// accounts made before the claim, or a NUPTK corrected later): merging would take a live account off its school. The claims
/// are keyed under <c>Secrets:NikPepper</c>; without it every <c>ptk_id</c> is its own person (warned once).
/// </summary>
public sealed partial class PersonClaims(IGrainFactory grains, IOptions<NikHashOptions> pepper, ILogger<PersonClaims> logger)
{
    private int _warned;

    /// <summary>The candidates keyed by person, in their order; a second candidate of the same key in the school is dropped.</summary>
    public async Task<List<AccountCandidate>> KeyAsync(IReadOnlyList<AccountCandidate> candidates)
    {
        if (!candidates.Any(c => PersonIdentity.Of(c) is not null))
        {
            return candidates.ToList();
        }

        if (Pepper() is not { } secret)
        {
            if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                LogNoPepper(logger);
            }

            return candidates.ToList();
        }

        var keyed = await Task.WhenAll(candidates.Select(c => KeyAsync(c, secret)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return keyed.Where(c => seen.Add(c.AccountKey)).ToList();
    }

    // the silo registers the pepper's validator (checked where nominations need it), so reading a missing one throws here
    private byte[]? Pepper()
    {
        try
        {
            return NikHashOptionsValidator.Decode(pepper.Value.NikPepper);
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }

    private async Task<AccountCandidate> KeyAsync(AccountCandidate candidate, byte[] secret)
    {
        if (PersonIdentity.Of(candidate) is not { } identity)
        {
            return candidate;
        }

        var claimed = await grains.GetGrain<IPersonGrain>(PersonIdentity.ClaimKey(secret, identity)).ClaimAsync(candidate.DapodikId);
        if (!string.Equals(claimed, candidate.DapodikId, StringComparison.Ordinal)
            && await grains.GetGrain<IAccountGrain>(candidate.AccountKey).GetAsync() is not null)
        {
            return candidate; // an account of its own already exists (made before the claim): it stays, never turned into a leaver
        }

        return PersonIdentity.Keyed(candidate, claimed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Secrets:NikPepper is not set: PTK rows are told apart by ptk_id only, so one person with two ptk_ids at two schools gets two accounts")]
    private static partial void LogNoPepper(ILogger logger);
}
