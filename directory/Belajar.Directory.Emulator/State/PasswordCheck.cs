using System.Security.Cryptography;
using System.Text;

namespace Belajar.Directory.Emulator;

/// <summary>Google's password rules: 8–100 ASCII characters, or a hash of a supported <c>hashFunction</c>; and sign-in checks.</summary>
public static class PasswordCheck
{
    /// <summary>Null when <paramref name="password"/> is acceptable with <paramref name="hashFunction"/>; else what is wrong.</summary>
    public static string? Problem(string? password, string? hashFunction)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Invalid Password";
        }

        return hashFunction switch
        {
            null or "" => password.Length is >= 8 and <= 100 && password.All(c => c is >= ' ' and <= '~') ? null : "Invalid Password",
            "MD5" => IsHex(password, 32) ? null : "Invalid Password",
            "SHA-1" => IsHex(password, 40) ? null : "Invalid Password",
            "crypt" => Crypt.IsWellFormed(password) ? null : "Invalid Password",
            _ => "Invalid Input: hashFunction",
        };
    }

    /// <summary>Whether <paramref name="attempt"/> matches the stored password.</summary>
    public static bool Matches(EmulatedUser user, string attempt) => user.HashFunction switch
    {
        null or "" => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user.Password), Encoding.UTF8.GetBytes(attempt)),
        "MD5" => string.Equals(Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(attempt))), user.Password, StringComparison.OrdinalIgnoreCase),
        "SHA-1" => string.Equals(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(attempt))), user.Password, StringComparison.OrdinalIgnoreCase),
        "crypt" => Crypt.Verify(attempt, user.Password),
        _ => false,
    };

    private static bool IsHex(string value, int length) => value.Length == length && value.All(Uri.IsHexDigit);
}
