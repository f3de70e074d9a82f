using System.Security.Cryptography;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Initial passwords: 12 characters drawn with <see cref="RandomNumberGenerator"/> from an alphabet without
/// look-alikes, with at least one lower-case letter, one upper-case letter and one digit.
/// </summary>
/// <remarks>
/// The alphabet leaves out <c>0 O o</c>, <c>1 l I i</c> (and <c>L</c>, <c>j</c> are kept since they have no twin once those
/// are gone): 23 lower-case, 24 upper-case and 8 digits, 55 symbols, about 69 bits for 12 characters.
/// Passwords missing a class are drawn again (rejection sampling), so every valid password is equally likely.
/// Operators read these from a printed list or a screen, so look-alikes are what causes failed first sign-ins.
/// </remarks>
public static class InitialPasswords
{
    /// <summary>Length of a generated password.</summary>
    public const int Length = 12;

    /// <summary>Lower-case letters used.</summary>
    public const string Lower = "abcdefghjkmnpqrstuvwxyz";

    /// <summary>Upper-case letters used.</summary>
    public const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Digits used.</summary>
    public const string Digits = "23456789";

    /// <summary>Every character a password may hold.</summary>
    public const string Alphabet = Lower + Upper + Digits;

    /// <summary>A fresh random password.</summary>
    public static string Generate()
    {
        Span<char> buffer = stackalloc char[Length];
        while (true)
        {
            RandomNumberGenerator.GetItems(Alphabet.AsSpan(), buffer);
            if (buffer.ContainsAny(Lower) && buffer.ContainsAny(Upper) && buffer.ContainsAny(Digits))
            {
                return new string(buffer);
            }
        }
    }
}
