using System.Globalization;

namespace Belajar.Abstractions.SignIn;

/// <summary>Reads the cost of a bcrypt hash (<c>$2a$</c>, <c>$2b$</c>, <c>$2x$</c> or <c>$2y$</c>, then two digits).</summary>
public static class BcryptCost
{
    /// <summary>The cost of <paramref name="hash"/>, or 0 when it is not a bcrypt hash.</summary>
    public static int Of(string? hash)
    {
        if (hash is not { Length: 60 } || hash[0] != '$' || hash[1] != '2' || hash[3] != '$' || hash[6] != '$'
            || !"abxy".Contains(hash[2], StringComparison.Ordinal))
        {
            return 0;
        }

        return int.TryParse(hash.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var cost) && cost is >= 4 and <= 31
            ? cost
            : 0;
    }
}
