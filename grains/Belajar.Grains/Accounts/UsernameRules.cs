using Belajar.Dapodik;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Belajar.Grains.Accounts;

/// <summary>
/// The address (primary e-mail) of an account: a name-based local part followed by digits, like the
/// addresses belajar.id hands out (<c>sitinurhaliza48213@sd.belajar.id</c>).
/// </summary>
/// <remarks>
/// <para><b>Base</b> (<see cref="BaseOf"/>): the words of the Dapodik name without titles, folded to lower-case
/// ASCII (diacritics removed, apostrophes and hyphens dropped: <c>Ma'ruf</c> → <c>maruf</c>, <c>Nur-Aini</c> →
/// <c>nuraini</c>), joined without separators: <c>Siti Nurhaliza</c> → <c>sitinurhaliza</c>, <c>I Made Wirawan</c>
/// → <c>imadewirawan</c>; a mononym is its one word. The whole name is kept (not only first and last word)
/// because it is what the person recognises; when it is longer than <see cref="MaxBaseLength"/> (30)
/// characters the middle words are dropped from the right, then the result is cut at 30.
/// When nothing is left (a name of only titles, or only non-Latin letters such as <c>王小明</c>) the base is
/// <see cref="FallbackBase"/> (<c>pengguna</c>, "user"): the digits still make it unique.</para>
/// <para><b>Digits</b> (<see cref="Candidates"/>): candidate <i>n</i> of a person ends in the first
/// <see cref="FirstDigits"/> + <i>n</i> decimal digits (at most <see cref="MaxDigits"/>) of
/// HMAC-SHA256(person key, attempt <i>n</i>). Two people with the same name therefore start at unrelated
/// numbers instead of probing <c>name1</c>, <c>name2</c>, …, and each retry draws from a ten times larger
/// space, so collisions die out quickly; the benchmark <c>username-candidates</c> measures the mean and max
/// candidates tried (see docs/rules.md). The sequence is deterministic: a retried claim tries the same
/// addresses in the same order.</para>
/// </remarks>
public static class UsernameRules
{
    /// <summary>The most characters of the base before the digits.</summary>
    public const int MaxBaseLength = 30;

    /// <summary>The base used when the name leaves no ASCII letter.</summary>
    public const string FallbackBase = "pengguna";

    /// <summary>Digits of the first candidate.</summary>
    public const int FirstDigits = 5;

    /// <summary>Digits of the longest candidates (30 + 12 stays well under Google's 64 characters).</summary>
    public const int MaxDigits = 12;

    /// <summary>How many candidates <see cref="Candidates"/> yields; the last ones are 12-digit draws.</summary>
    public const int MaxCandidates = 32;

    private static readonly byte[] _hashKey = "belajar.id/username/v1"u8.ToArray();

    /// <summary>The name-based part of the address, at most 30 lower-case ASCII letters; never empty.</summary>
    /// <exception cref="ArgumentException">The name is empty or blank.</exception>
    public static string BaseOf(string dapodikName)
    {
        if (string.IsNullOrWhiteSpace(dapodikName))
        {
            throw new ArgumentException("The Dapodik name is empty; fill in the person's name in Dapodik.", nameof(dapodikName));
        }

        var words = DapodikNameParser.Words(NameRules.Sanitize(dapodikName))
            .Select(LatinFolding.Fold)
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 0)
        {
            return FallbackBase;
        }

        while (words.Count > 2 && words.Sum(w => w.Length) > MaxBaseLength)
        {
            words.RemoveAt(words.Count - 2);
        }

        var joined = string.Concat(words);
        return joined.Length > MaxBaseLength ? joined[..MaxBaseLength] : joined;
    }

    /// <summary>
    /// The full addresses to try for one person, in order, until a claim succeeds: <c>{base}{digits}@{domain}</c>.
    /// Deterministic for (name, person key, domain); yields <see cref="MaxCandidates"/> addresses.
    /// </summary>
    /// <param name="dapodikName">The name as Dapodik holds it, titles included.</param>
    /// <param name="personKey">A stable key of the person and role, e.g. the account key <c>pd-…</c>.</param>
    /// <param name="domain">The account's domain, from <see cref="AccountDomains.DomainFor"/>.</param>
    public static IEnumerable<string> Candidates(string dapodikName, string personKey, string domain)
    {
        if (string.IsNullOrWhiteSpace(personKey))
        {
            throw new ArgumentException("The person key is empty; pass the account key (e.g. 'pd-…').", nameof(personKey));
        }

        if (string.IsNullOrWhiteSpace(domain) || domain.Contains('@'))
        {
            throw new ArgumentException($"'{domain}' is not a domain; pass e.g. 'sd.belajar.id'.", nameof(domain));
        }

        var prefix = BaseOf(dapodikName);
        var suffix = "@" + domain.Trim().ToLowerInvariant();
        return Enumerate(prefix, personKey, suffix);
    }

    /// <summary>The digits of candidate <paramref name="attempt"/> of a person (exposed for tests and the benchmark).</summary>
    internal static string DigitsFor(string personKey, int attempt)
    {
        var length = Math.Min(FirstDigits + attempt, MaxDigits);
        var size = Encoding.UTF8.GetMaxByteCount(personKey.Length) + 4;
        Span<byte> message = size <= 512 ? stackalloc byte[size] : new byte[size];
        var written = Encoding.UTF8.GetBytes(personKey, message);
        BinaryPrimitives.WriteInt32BigEndian(message[written..], attempt);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_hashKey, message[..(written + 4)], hash);
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash) % Pow10(length);
        return value.ToString("D" + length.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Enumerate(string prefix, string personKey, string suffix)
    {
        for (var attempt = 0; attempt < MaxCandidates; attempt++)
        {
            yield return prefix + DigitsFor(personKey, attempt) + suffix;
        }
    }

    private static ulong Pow10(int digits)
    {
        ulong value = 1;
        for (var i = 0; i < digits; i++)
        {
            value *= 10;
        }

        return value;
    }
}
