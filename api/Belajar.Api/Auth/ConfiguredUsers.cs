using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// The Pusdatin and Dinas users of <c>Identity:Users</c>, plus the generated default <c>pusdatin</c> of the embedded default
/// (see <see cref="DefaultPusdatinUser"/>).
/// </summary>
public sealed class ConfiguredUsers : IUserDirectory
{
    private readonly ConcurrentDictionary<string, DirectoryUser> _users = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads the configured users.</summary>
    public ConfiguredUsers(IOptions<BelajarIdentityOptions> options)
    {
        foreach (var user in options.Value.Users)
        {
            _users[user.Username.Trim()] = new DirectoryUser(
                user.Username.Trim(), user.PasswordHash, user.Role, null, user.KodeWilayah?.Trim(), null);
        }
    }

    /// <summary>How many users are configured.</summary>
    public int Count => _users.Count;

    /// <summary>Adds (or replaces) one user.</summary>
    public void Add(DirectoryUser user) => _users[user.Username] = user;

    /// <inheritdoc />
    public ValueTask<DirectoryUser?> FindAsync(string username, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_users.GetValueOrDefault(username.Trim()));
}
