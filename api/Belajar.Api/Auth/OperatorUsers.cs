using System.Collections.Frozen;

namespace Belajar.Api.Auth;

/// <summary>
/// The school operators of the snapshot's pengguna.csv (role <c>operator</c>, claim <c>npsn</c>). The host replaces the whole set
/// whenever it imports a snapshot; readers see either the old or the new set, never a mix.
/// </summary>
public sealed class OperatorUsers : IUserDirectory
{
    private FrozenDictionary<string, DirectoryUser> _users = FrozenDictionary<string, DirectoryUser>.Empty;

    /// <summary>How many operators can sign in.</summary>
    public int Count => _users.Count;

    /// <summary>Replaces every operator. A username that appears twice keeps its last row.</summary>
    public void Replace(IEnumerable<(string Username, string BcryptHash, string Npsn, string Nama)> operators)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var users = new Dictionary<string, DirectoryUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var (username, hash, npsn, nama) in operators)
        {
            if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(hash) || string.IsNullOrWhiteSpace(npsn))
            {
                continue;
            }

            users[username.Trim()] = new DirectoryUser(username.Trim(), hash, BelajarRoles.Operator, npsn.Trim(), null, nama);
        }

        Volatile.Write(ref _users, users.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public ValueTask<DirectoryUser?> FindAsync(string username, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Volatile.Read(ref _users).GetValueOrDefault(username.Trim()));
}
