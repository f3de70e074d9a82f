using System.Security.Cryptography;

namespace Belajar.Grains.Accounts;

/// <summary>
/// The keys that encrypt initial passwords at rest. Bound from section <see cref="SectionName"/>
/// (<c>Secrets</c>): <c>Secrets:PasswordKeys:{keyId}</c> = 32 random bytes in base64, and
/// <c>Secrets:ActivePasswordKeyId</c> = the key id new passwords are encrypted with.
/// </summary>
/// <remarks>
/// To rotate: add a new key, make it active, keep the old ones for as long as passwords encrypted with them
/// are stored (they are erased at activation or deactivation). Key ids are 1–32 of <c>A-Z a-z 0-9 _ -</c>.
/// </remarks>
public sealed class PasswordProtectionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Secrets";

    /// <summary>Key id → 32-byte key in base64.</summary>
    public Dictionary<string, string> PasswordKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The id (in <see cref="PasswordKeys"/>) of the key that encrypts new passwords.</summary>
    public string? ActivePasswordKeyId { get; set; }

    /// <summary>A fresh random 32-byte key in base64, for <c>Secrets:PasswordKeys:{id}</c>.</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Options holding one freshly generated key, for the embedded default only: passwords encrypted with it
    /// cannot be read after a restart, so a host using it must say so at start-up.
    /// </summary>
    public static PasswordProtectionOptions CreateEphemeral(string keyId = "embedded") => new()
    {
        PasswordKeys = new(StringComparer.Ordinal) { [keyId] = GenerateKey() },
        ActivePasswordKeyId = keyId,
    };
}
