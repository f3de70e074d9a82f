using Belajar.Hosting;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// The embedded default's first user: with no configured users, a <c>pusdatin</c> user with a random password, printed once and
/// kept in <c>{dataFolder}/pusdatin-password.txt</c> (readable by the owner only) so that a restart keeps it.
/// </summary>
public static class DefaultPusdatinUser
{
    /// <summary>The user name of the generated user.</summary>
    public const string Username = "pusdatin";

    /// <summary>The file, inside the data folder, that holds the password.</summary>
    public const string PasswordFileName = "pusdatin-password.txt";

    /// <summary>
    /// When no user is configured, creates (or reloads from the data folder) the <c>pusdatin</c> user. Prints the password to
    /// <paramref name="output"/> only when it is new. Returns the password file's path, or null when users are configured.
    /// </summary>
    public static string? EnsureDefaultPusdatinUser(this IServiceProvider services, string dataFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var users = services.GetRequiredService<ConfiguredUsers>();
        if (users.Count > 0)
        {
            return null;
        }

        System.IO.Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, PasswordFileName);
        string password;
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 12 } existing)
        {
            password = existing;
            output.WriteLine($"Built-in sign-in: user '{Username}', password in {path}");
        }
        else
        {
            password = NewPassword();
            SecretFiles.Write(path, password + Environment.NewLine);

            output.WriteLine($"Built-in sign-in: user '{Username}', password {password} (shown once; also in {path})");
        }

        var workFactor = services.GetRequiredService<IOptions<BelajarIdentityOptions>>().Value.HashWorkFactor;
        users.Add(new DirectoryUser(Username, BCrypt.Net.BCrypt.HashPassword(password, workFactor), BelajarRoles.Pusdatin));
        return path;
    }

    private static string NewPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
