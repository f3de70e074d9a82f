using System.Security.Cryptography;
using System.Text;
using Belajar.Abstractions;
using Belajar.Dapodik;
using Belajar.Domain;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Who a PTK row is, across schools: the same PTK is one person by NUPTK, else by NIK, else by its Dapodik id. Pure.
/// <list type="bullet">
/// <item>a valid NUPTK (16 digits) is the person: <c>nuptk:{nuptk}</c>;</item>
/// <item>otherwise a valid NIK (<see cref="NikRules"/>) is: <c>nik:{nik}</c>;</item>
/// <item>otherwise the row has no identity beyond its <c>ptk_id</c>, which keys its account as for any row.</item>
/// </list>
/// Learners and operators without a PTK row have no identity here: their own Dapodik id keys their account. A row with a NUPTK is
/// never matched by its NIK: two rows of one person, one with the NUPTK and one without, are two people to this rule.
/// The identity is never stored or logged: its claim (<see cref="Abstractions.Accounts.IPersonGrain"/>) is keyed by
/// <see cref="ClaimKey"/>, an HMAC-SHA-256 under the NIK pepper (<c>Secrets:NikPepper</c>).
/// </summary>
public static class PersonIdentity
{
    /// <summary>The identity of a candidate (<c>nuptk:…</c> or <c>nik:…</c>), or null when its own Dapodik id keys its account.</summary>
    public static string? Of(AccountCandidate candidate) =>
        candidate.Role == AccountRole.PesertaDidik ? null : Of(candidate.NisnNuptk, candidate.Nik);

    /// <summary>The identity of a PTK with <paramref name="nuptk"/> and <paramref name="nik"/>, or null when neither is valid.</summary>
    public static string? Of(string? nuptk, string? nik)
    {
        if (nuptk is not null && FieldRules.Nuptk(nuptk) is null)
        {
            return "nuptk:" + nuptk;
        }

        return nik is not null && NikRules.Validate(nik) is null ? "nik:" + nik : null;
    }

    /// <summary>The grain key of an identity's claim: <c>person-{hex}</c> of its HMAC-SHA-256 under <paramref name="pepper"/>.</summary>
    public static string ClaimKey(byte[] pepper, string identity) =>
        GrainKeys.Person(Convert.ToHexString(HMACSHA256.HashData(pepper, Encoding.ASCII.GetBytes(identity))));

    /// <summary>
    /// The candidate keyed by the person's claimed Dapodik id (<paramref name="claimedId"/>): the same role prefix
    /// (<c>guru-</c>, <c>adm-</c>), the claimed id in the key and as its Dapodik id; the candidate itself when they agree.
    /// </summary>
    public static AccountCandidate Keyed(AccountCandidate candidate, string claimedId)
    {
        if (string.Equals(candidate.DapodikId, claimedId, StringComparison.Ordinal))
        {
            return candidate;
        }

        var prefix = candidate.AccountKey[..candidate.AccountKey.IndexOf('-', StringComparison.Ordinal)];
        return candidate with { AccountKey = $"{prefix}-{claimedId}", DapodikId = claimedId };
    }
}
