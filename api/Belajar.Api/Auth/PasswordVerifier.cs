using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// Checks a password against a bcrypt hash, at most <c>Identity:MaxConcurrentHashChecks</c> at a time (the others wait without
/// holding a thread, so that a burst of sign-ins cannot starve the thread pool). For an unknown user it checks against a dummy
/// hash of the operators' usual cost, so that "no such user" and "wrong password" take about as long.
/// </summary>
public sealed class PasswordVerifier : IDisposable
{
    private readonly ConcurrentDictionary<int, Lazy<string>> _dummyHashes = new();
    private readonly SemaphoreSlim _slots;
    private readonly int _defaultCost;

    /// <summary>Prepares the slots; dummy hashes are made when first needed (cost <c>Identity:HashWorkFactor</c> by default).</summary>
    public PasswordVerifier(IOptions<BelajarIdentityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _defaultCost = options.Value.HashWorkFactor;
        var slots = options.Value.MaxConcurrentHashChecks is > 0 and var n ? n : Environment.ProcessorCount;
        _slots = new SemaphoreSlim(slots, slots);
    }

    /// <summary>
    /// True when <paramref name="user"/> exists and the password matches its hash. <paramref name="dummyCost"/>: the bcrypt cost of
    /// the dummy check for an unknown user (0: <c>Identity:HashWorkFactor</c>).
    /// </summary>
    public async Task<bool> VerifyAsync(DirectoryUser? user, string password, int dummyCost, CancellationToken cancellationToken)
    {
        var hash = user?.PasswordHash ?? DummyHash(dummyCost is >= 4 and <= 31 ? dummyCost : _defaultCost);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return Matches(password, hash) && user is not null;
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The synchronous check, without a slot (tests and one-off tools).</summary>
    public bool Verify(DirectoryUser? user, string password) => Matches(password, user?.PasswordHash ?? DummyHash(_defaultCost)) && user is not null;

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private static bool Matches(string password, string hash)
    {
        try
        {
            return BCrypt.Net.BCrypt.Verify(password, hash);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            return false;
        }
    }

    private string DummyHash(int cost) => _dummyHashes.GetOrAdd(cost, c => new Lazy<string>(
        () => BCrypt.Net.BCrypt.HashPassword(Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)), c))).Value;
}
