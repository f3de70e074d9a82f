namespace Belajar.Api.Auth;

/// <summary>
/// One source of users for the built-in identity provider. Every registered source is asked in turn
/// (configured users, the operators of pengguna.csv, and later the regional administrators):
/// register another with <c>services.AddSingleton&lt;IUserDirectory, YourSource&gt;()</c>.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The user with that name (case-insensitive), or null when this source has none.</summary>
    ValueTask<DirectoryUser?> FindAsync(string username, CancellationToken cancellationToken);
}
