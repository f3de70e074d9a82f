using System.Security.Cryptography;
using System.Text;

namespace Belajar.Grains.Admins;

/// <summary>A keyed-by-region SHA-256 of a NIK: enough to refuse the same NIK twice in a region without keeping it.</summary>
public static class NikHashes
{
    /// <summary>The hex hash of <paramref name="nik"/> within <paramref name="kodeWilayah"/>.</summary>
    public static string Of(string kodeWilayah, string nik) =>
        Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes($"{kodeWilayah}:{nik}")));
}
