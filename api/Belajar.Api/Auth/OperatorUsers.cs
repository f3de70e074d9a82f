using Belajar.Abstractions.SignIn;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// The school operators of the snapshot's pengguna.csv (role <c>operator</c>, claim <c>npsn</c>), kept in the cluster
/// (<see cref="IOperatorStore"/>): every run replaces them (the silo that reads the snapshot does it), so every api replica and
/// every restart sees the same operators. A hash cheaper than <c>Identity:MinimumHashCost</c> is refused at look-up, so raising
/// the setting takes effect at once, whoever imported the hash.
/// </summary>
public sealed partial class OperatorUsers(IOperatorStore store, IOptions<BelajarIdentityOptions> options, ILogger<OperatorUsers> logger)
    : IUserDirectory
{
    private int _hashCost;

    /// <summary>The usual bcrypt cost of the operators' hashes, as the last look-up saw it (0 before any).</summary>
    public int HashCost => Volatile.Read(ref _hashCost);

    /// <summary>Replaces every operator (see <see cref="OperatorShards"/>); warns when some hashes are too weak to sign in.</summary>
    /// <returns>How many operators can sign in, and how many cannot for a weak hash.</returns>
    public async Task<(int Loaded, int Refused)> ReplaceAsync(
        IEnumerable<(string Username, string BcryptHash, string Npsn, string Nama)> operators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var stored = OperatorShards.Normalise(operators.Select(o => new OperatorIdentity(o.Username, o.BcryptHash, o.Npsn, o.Nama)));
        await store.ReplaceAsync([.. stored], cancellationToken);
        var refused = stored.Count(o => IsWeak(o.PasswordHash));
        if (refused > 0)
        {
            LogWeakHashes(refused, options.Value.MinimumHashCost);
        }

        return (stored.Count - refused, refused);
    }

    /// <inheritdoc />
    public async ValueTask<DirectoryUser?> FindAsync(string username, CancellationToken cancellationToken)
    {
        var lookup = await store.FindAsync(username.Trim(), cancellationToken);
        if (lookup.HashCost > 0)
        {
            Volatile.Write(ref _hashCost, lookup.HashCost);
        }

        if (lookup.Operator is { } weak && IsWeak(weak.PasswordHash))
        {
            LogWeakHashRefused(options.Value.MinimumHashCost);
            return null;
        }

        return lookup.Operator is { } found
            ? new DirectoryUser(found.Username, found.PasswordHash, BelajarRoles.Operator, found.Npsn, null, found.Nama)
            : null;
    }

    private bool IsWeak(string hash) => BcryptCost.Of(hash.Trim()) < options.Value.MinimumHashCost;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} operators of pengguna.csv cannot sign in: their password_hash is not bcrypt of cost {Minimum} or more (Identity:MinimumHashCost); Dapodik must re-hash them")]
    private partial void LogWeakHashes(int count, int minimum);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An operator's sign-in was refused: the stored password_hash is not bcrypt of cost {Minimum} or more (Identity:MinimumHashCost); Dapodik must re-hash it")]
    private partial void LogWeakHashRefused(int minimum);
}
