using System.Security.Cryptography;

namespace Belajar.Api.Regions;

/// <summary>Initial passwords and ZIP codes, drawn with <see cref="RandomNumberGenerator"/> from characters without look-alikes.</summary>
public static class RandomCodes
{
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    /// <summary>A 14-character password with a lower-case letter, an upper-case letter and a digit.</summary>
    public static string Password()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Lower + Upper + Digits, 14);
            if (password.AsSpan().ContainsAny(Lower) && password.AsSpan().ContainsAny(Upper) && password.AsSpan().ContainsAny(Digits))
            {
                return password;
            }
        }
    }

    /// <summary>A code of upper-case letters and digits, easy to read out on the phone.</summary>
    public static string Code(int length) => RandomNumberGenerator.GetString(Upper + Digits, length);
}
