using System.Security.Cryptography;
using System.Text;

namespace Belajar.Directory.Emulator;

/// <summary>The Unix <c>crypt</c> formats Google accepts: <c>$1$</c> (MD5-crypt), <c>$5$</c> (SHA-256) and <c>$6$</c> (SHA-512).</summary>
public static class Crypt
{
    private const string Alphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly int[] Sha512Order =
    [
        0, 21, 42, 22, 43, 1, 44, 2, 23, 3, 24, 45, 25, 46, 4, 47, 5, 26, 6, 27, 48, 28, 49, 7, 50, 8, 29, 9, 30, 51, 31, 52, 10,
        53, 11, 32, 12, 33, 54, 34, 55, 13, 56, 14, 35, 15, 36, 57, 37, 58, 16, 59, 17, 38, 18, 39, 60, 40, 61, 19, 62, 20, 41,
    ];

    private static readonly int[] Sha256Order =
        [0, 10, 20, 21, 1, 11, 12, 22, 2, 3, 13, 23, 24, 4, 14, 15, 25, 5, 6, 16, 26, 27, 7, 17, 18, 28, 8, 9, 19, 29];

    private static readonly int[] Md5Order = [0, 6, 12, 1, 7, 13, 2, 8, 14, 3, 9, 15, 4, 10, 5];

    /// <summary>Whether <paramref name="hash"/> looks like a <c>$1$</c>, <c>$5$</c> or <c>$6$</c> crypt string.</summary>
    public static bool IsWellFormed(string hash)
    {
        var parts = hash.Split('$');
        return parts.Length is 4 or 5 && parts[0].Length == 0 && parts[1] is "1" or "5" or "6"
            && parts[^1].Length == (parts[1] switch { "1" => 22, "5" => 43, _ => 86 })
            && parts[^1].All(c => Alphabet.Contains(c));
    }

    /// <summary>Whether <paramref name="password"/> hashes to <paramref name="hash"/>.</summary>
    public static bool Verify(string password, string hash)
    {
        if (!IsWellFormed(hash))
        {
            return false;
        }

        var computed = Hash(password, hash);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(hash));
    }

    /// <summary>Hashes <paramref name="password"/> with the algorithm, salt and rounds of <paramref name="setting"/> (e.g. <c>$6$salt</c>).</summary>
    public static string Hash(string password, string setting)
    {
        var parts = setting.Split('$');
        var id = parts[1];
        var key = Encoding.UTF8.GetBytes(password);
        if (id == "1")
        {
            var salt1 = parts[2].Length > 8 ? parts[2][..8] : parts[2];
            return $"$1${salt1}${Encode(Md5Crypt(key, Encoding.ASCII.GetBytes(salt1)), Md5Order, 11)}";
        }

        var rounds = 5000;
        var saltIndex = 2;
        var roundsPrefix = "";
        if (parts[2].StartsWith("rounds=", StringComparison.Ordinal))
        {
            rounds = Math.Clamp(int.Parse(parts[2][7..], System.Globalization.CultureInfo.InvariantCulture), 1000, 999_999_999);
            roundsPrefix = $"rounds={rounds}$";
            saltIndex = 3;
        }

        var salt = parts[saltIndex].Length > 16 ? parts[saltIndex][..16] : parts[saltIndex];
        var sha512 = id == "6";
        var digest = ShaCrypt(key, Encoding.ASCII.GetBytes(salt), rounds, sha512);
        var encoded = sha512 ? Encode(digest, Sha512Order, 63) : Encode(digest, Sha256Order, -1);
        return $"${id}${roundsPrefix}{salt}${encoded}";
    }

    private static byte[] ShaCrypt(byte[] key, byte[] salt, int rounds, bool sha512)
    {
        Func<byte[], byte[]> h = sha512 ? SHA512.HashData : SHA256.HashData;
        var size = sha512 ? 64 : 32;
        var b = h([.. key, .. salt, .. key]);
        var a = new List<byte>(key.Length * 4);
        a.AddRange(key);
        a.AddRange(salt);
        AppendRepeated(a, b, key.Length);
        for (var n = key.Length; n > 0; n >>= 1)
        {
            a.AddRange((n & 1) != 0 ? b : key);
        }

        var c = h([.. a]);
        var dp = h(Repeat(key, key.Length));
        var p = Take(dp, key.Length);
        var ds = h(Repeat(salt, 16 + c[0]));
        var s = Take(ds, salt.Length);
        var buffer = new List<byte>(size * 2 + p.Length * 2 + s.Length);
        for (var i = 0; i < rounds; i++)
        {
            buffer.Clear();
            buffer.AddRange((i & 1) != 0 ? p : c);
            if (i % 3 != 0)
            {
                buffer.AddRange(s);
            }

            if (i % 7 != 0)
            {
                buffer.AddRange(p);
            }

            buffer.AddRange((i & 1) != 0 ? c : p);
            c = h([.. buffer]);
        }

        return c;
    }

    private static byte[] Md5Crypt(byte[] key, byte[] salt)
    {
        var alt = MD5.HashData([.. key, .. salt, .. key]);
        var ctx = new List<byte>();
        ctx.AddRange(key);
        ctx.AddRange("$1$"u8.ToArray());
        ctx.AddRange(salt);
        AppendRepeated(ctx, alt, key.Length);
        for (var n = key.Length; n > 0; n >>= 1)
        {
            ctx.Add((n & 1) != 0 ? (byte)0 : key.Length > 0 ? key[0] : (byte)0);
        }

        var final = MD5.HashData([.. ctx]);
        for (var i = 0; i < 1000; i++)
        {
            ctx.Clear();
            ctx.AddRange((i & 1) != 0 ? key : final);
            if (i % 3 != 0)
            {
                ctx.AddRange(salt);
            }

            if (i % 7 != 0)
            {
                ctx.AddRange(key);
            }

            ctx.AddRange((i & 1) != 0 ? final : key);
            final = MD5.HashData([.. ctx]);
        }

        return final;
    }

    private static string Encode(byte[] digest, int[] order, int last)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < order.Length; i += 3)
        {
            Append(sb, (digest[order[i]] << 16) | (digest[order[i + 1]] << 8) | digest[order[i + 2]], 4);
        }

        if (digest.Length == 32)
        {
            Append(sb, (digest[31] << 8) | digest[30], 3);
        }
        else
        {
            Append(sb, digest[last], 2);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, int value, int chars)
    {
        for (var i = 0; i < chars; i++)
        {
            sb.Append(Alphabet[value & 0x3f]);
            value >>= 6;
        }
    }

    private static void AppendRepeated(List<byte> target, byte[] source, int length)
    {
        for (var n = length; n > 0; n -= source.Length)
        {
            target.AddRange(source.AsSpan(0, Math.Min(n, source.Length)).ToArray());
        }
    }

    private static byte[] Repeat(byte[] value, int times)
    {
        var result = new byte[value.Length * times];
        for (var i = 0; i < times; i++)
        {
            value.CopyTo(result, i * value.Length);
        }

        return result;
    }

    private static byte[] Take(byte[] digest, int length)
    {
        var result = new byte[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = digest[i % digest.Length];
        }

        return result;
    }
}
