using Belajar.Abstractions.SignIn;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// The school operators of the snapshot's pengguna.csv (role <c>operator</c>, claim <c>npsn</c>), kept in the cluster
/// (<see cref="IOperatorStore"/>): every run replaces them, so every api replica and every restart sees the same operators.
/// Hashes cheaper than <c>Identity:MinimumHashCost</c> are refused at import.
/// </summary>
public sealed partial class OperatorUsers(IOperatorStore store, IOptions<BelajarIdentityOptions> options, ILogger<OperatorUsers> logger)
    : IUserDirectory
{
    private int _hashCost;

    /// <summary>The usual bcrypt cost of the operators' hashes, as the last look-up saw it (0 before any).</summary>
    public int HashCost => Volatile.Read(ref _hashCost);

    /// <summary>Replaces every operator. A username that appears twice keeps its last row; weak or empty rows are left out.</summary>
    /// <returns>How many operators can sign in, and how many were refused for a weak hash.</returns>
    public async Task<(int Loaded, int Refused)> ReplaceAsync(
        IEnumerable<(string Username, string BcryptHash, string Npsn, string Nama)> operators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var minimum = options.Value.MinimumHashCost;
        var users = new Dictionary<string, OperatorIdentity>(StringComparer.OrdinalIgnoreCase);
        var refused = 0;
        foreach (var (username, hash, npsn, nama) in operators)
        {
            if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(hash) || string.IsNullOrWhiteSpace(npsn))
            {
                continue;
            }

            if (BcryptCost.Of(hash.Trim()) < minimum)
            {
                refused++;
                continue;
            }

            users[username.Trim()] = new OperatorIdentity(username.Trim(), hash.Trim(), npsn.Trim(), nama);
        }

        if (refused > 0)
        {
            LogWeakHashes(refused, minimum);
        }

        await store.ReplaceAsync([.. users.Values], cancellationToken);
        return (users.Count, refused);
    }

    /// <inheritdoc />
    public async ValueTask<DirectoryUser?> FindAsync(string username, CancellationToken cancellationToken)
    {
        var lookup = await store.FindAsync(username.Trim(), cancellationToken);
        if (lookup.HashCost > 0)
        {
            Volatile.Write(ref _hashCost, lookup.HashCost);
        }

        return lookup.Operator is { } found
            ? new DirectoryUser(found.Username, found.PasswordHash, BelajarRoles.Operator, found.Npsn, null, found.Nama)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} operators of pengguna.csv cannot sign in: their password_hash is not bcrypt of cost {Minimum} or more (Identity:MinimumHashCost); Dapodik must re-hash them")]
    private partial void LogWeakHashes(int count, int minimum);
}
