using Belajar.Hosting;
using System.Security.Cryptography;
using System.Text.Json;

namespace Belajar.DevHost.Embedded;

/// <summary>
/// The secrets that the embedded default makes for itself when configuration gives none: the key that encrypts initial
/// passwords and the token signing key, kept in <c>{data folder}/secrets.json</c> (owner-readable only) so that a restart keeps them.
/// Production passes them through configuration (<c>Secrets:PasswordKeys:*</c>, <c>Identity:SigningKey</c>), never the repository.
/// </summary>
public sealed record EmbeddedSecrets(string PasswordKey, string SigningKey)
{
    public const string FileName = "secrets.json";

    public static EmbeddedSecrets LoadOrCreate(string dataFolder, out string path, out bool created)
    {
        path = Path.Combine(dataFolder, FileName);
        if (File.Exists(path) && JsonSerializer.Deserialize<EmbeddedSecrets>(File.ReadAllText(path)) is { PasswordKey.Length: > 0, SigningKey.Length: > 0 } existing)
        {
            created = false;
            return existing;
        }

        var secrets = new EmbeddedSecrets(
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        SecretFiles.Write(path, JsonSerializer.Serialize(secrets));

        created = true;
        return secrets;
    }
}
