using Belajar.Hosting;
using System.Security.Cryptography;
using System.Text.Json;

namespace Belajar.DevHost.Embedded;

/// <summary>
/// The secrets that the embedded default makes for itself when configuration gives none: the key that encrypts initial
/// passwords, the token signing key and the pepper of NIK hashes, kept in <c>{data folder}/secrets.json</c> (owner-readable only)
/// so that a restart keeps them. Production passes them through configuration (<c>Secrets:PasswordKeys:*</c>,
/// <c>Identity:SigningKey</c>, <c>Secrets:NikPepper</c>), never the repository. A file without a pepper gets one added.
/// </summary>
public sealed record EmbeddedSecrets(string PasswordKey, string SigningKey, string? NikPepper = null)
{
    public const string FileName = "secrets.json";

    public static EmbeddedSecrets LoadOrCreate(string dataFolder, out string path, out bool created)
    {
        path = Path.Combine(dataFolder, FileName);
        if (File.Exists(path) && JsonSerializer.Deserialize<EmbeddedSecrets>(File.ReadAllText(path)) is { PasswordKey.Length: > 0, SigningKey.Length: > 0 } existing)
        {
            created = false;
            if (existing.NikPepper is { Length: > 0 })
            {
                return existing;
            }

            var completed = existing with { NikPepper = Random32() };
            SecretFiles.Write(path, JsonSerializer.Serialize(completed));
            return completed;
        }

        var secrets = new EmbeddedSecrets(Random32(), Random32(), Random32());
        SecretFiles.Write(path, JsonSerializer.Serialize(secrets));

        created = true;
        return secrets;
    }

    private static string Random32() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
