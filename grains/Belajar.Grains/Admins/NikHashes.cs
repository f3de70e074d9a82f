using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Admins;

/// <summary>
/// A region-keyed HMAC-SHA-256 of a NIK under a configured secret pepper (<c>Secrets:NikPepper</c>): enough to refuse the same NIK
/// twice in a region, or to check a NIK given again, without keeping it; without the pepper the stored hashes cannot be tested
/// against the ~10^10 plausible NIKs of a region. Stored as <c>hmac1:{hex}</c>.
/// </summary>
/// <remarks>
/// Hashes stored before the pepper (bare hex, an unkeyed SHA-256 of <c>{kode}:{nik}</c>) still match (<see cref="Matches"/>), and
/// are replaced by the keyed form whenever the NIK is at hand again: a pending nomination at its decision, an administrator at
/// a reissue (docs/admins.md).
/// </remarks>
public sealed class NikHashes(IOptions<NikHashOptions> options)
{
    /// <summary>The prefix of keyed hashes.</summary>
    public const string Prefix = "hmac1:";

    /// <summary>The keyed hash of <paramref name="nik"/> within <paramref name="kodeWilayah"/>.</summary>
    public string Of(string kodeWilayah, string nik) => Keyed(options.Value.PepperBytes(), kodeWilayah, nik);

    /// <summary>Whether a stored hash (keyed or from before the pepper) is the hash of <paramref name="nik"/> in the region.</summary>
    public bool Matches(string stored, string kodeWilayah, string nik) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(stored),
            Encoding.ASCII.GetBytes(IsLegacy(stored) ? Legacy(kodeWilayah, nik) : Of(kodeWilayah, nik)));

    /// <summary>True for a hash stored before the pepper (to be replaced when the NIK is at hand).</summary>
    public static bool IsLegacy(string stored) => !stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The keyed hash under <paramref name="pepper"/>: pure.</summary>
    public static string Keyed(byte[] pepper, string kodeWilayah, string nik) =>
        Prefix + Convert.ToHexString(HMACSHA256.HashData(pepper, Encoding.ASCII.GetBytes($"{kodeWilayah}:{nik}")));

    /// <summary>The unkeyed SHA-256 stored before the pepper existed.</summary>
    public static string Legacy(string kodeWilayah, string nik) =>
        Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes($"{kodeWilayah}:{nik}")));
}
