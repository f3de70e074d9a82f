using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// Checks a password against a bcrypt hash; for an unknown user it checks against a dummy hash of the same cost, so that
/// "no such user" and "wrong password" take about as long.
/// </summary>
public sealed class PasswordVerifier
{
    private readonly Lazy<string> _dummyHash;

    /// <summary>Prepares the dummy hash lazily (cost <c>Identity:HashWorkFactor</c>).</summary>
    public PasswordVerifier(IOptions<BelajarIdentityOptions> options)
    {
        var workFactor = options.Value.HashWorkFactor;
        _dummyHash = new Lazy<string>(() => BCrypt.Net.BCrypt.HashPassword(Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)), workFactor));
    }

    /// <summary>True when <paramref name="user"/> exists and the password matches its hash.</summary>
    public bool Verify(DirectoryUser? user, string password)
    {
        var hash = user?.PasswordHash ?? _dummyHash.Value;
        bool matches;
        try
        {
            matches = BCrypt.Net.BCrypt.Verify(password, hash);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            matches = false;
        }

        return user is not null && matches;
    }
}
