using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Encrypts initial passwords for storage with AES-256-GCM. The stored form is
/// <c>v1:{keyId}:{base64url(nonce ‖ ciphertext ‖ tag)}</c>: it names the key that encrypted it, so keys can
/// rotate while old values stay readable. The account key and the key id are bound as associated data, so
/// a value copied to another account, or relabelled with another key id, fails to decrypt.
/// </summary>
public sealed partial class PasswordProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _activeKeyId;

    /// <summary>Reads and checks the keys; throws <see cref="PasswordProtectionException"/> naming the setting to fix.</summary>
    public PasswordProtector(PasswordProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = TryReadKeys(options, out var problem) ?? throw new PasswordProtectionException(problem!);
        _activeKeyId = options.ActivePasswordKeyId!;
    }

    /// <summary>
    /// The keys by id, or null and the problem (naming the setting, never showing a key) when they cannot work
    /// (<see cref="PasswordProtectionOptionsValidator"/> refuses such options).
    /// </summary>
    internal static Dictionary<string, byte[]>? TryReadKeys(PasswordProtectionOptions options, out string? problem)
    {
        const string keys = $"{PasswordProtectionOptions.SectionName}:{nameof(PasswordProtectionOptions.PasswordKeys)}";
        const string active = $"{PasswordProtectionOptions.SectionName}:{nameof(PasswordProtectionOptions.ActivePasswordKeyId)}";
        if (options.PasswordKeys is null || options.PasswordKeys.Count == 0)
        {
            problem = $"{keys} must hold a key: {keys}:k1 = 32 random bytes in base64 (e.g. `openssl rand -base64 32`), and {active} = k1; it is empty.";
            return null;
        }

        var read = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, value) in options.PasswordKeys)
        {
            if (!KeyIdPattern().IsMatch(id))
            {
                problem = $"{keys} must name its keys with 1-32 of A-Z a-z 0-9 _ -; one is named '{id}'.";
                return null;
            }

            var bytes = new byte[32];
            if (!Convert.TryFromBase64String(value ?? string.Empty, bytes, out var length) || length != 32)
            {
                problem = $"{keys}:{id} must be 32 bytes in base64 (generate one with `openssl rand -base64 32`); it is not (a key is never shown).";
                return null;
            }

            read[id] = bytes;
        }

        if (!read.ContainsKey(options.ActivePasswordKeyId ?? string.Empty))
        {
            problem = $"{active} must be the id of the key new passwords use, one of {string.Join(", ", read.Keys)}; it is '{options.ActivePasswordKeyId}'.";
            return null;
        }

        problem = null;
        return read;
    }

    /// <summary>The key id new values are encrypted with.</summary>
    public string ActiveKeyId => _activeKeyId;

    /// <summary>Encrypts <paramref name="plain"/> for the account <paramref name="accountKey"/>.</summary>
    public string Protect(string plain, string accountKey)
    {
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var blob = new byte[NonceSize + plainBytes.Length + TagSize];
        var nonce = blob.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_activeKeyId], TagSize);
        aes.Encrypt(nonce, plainBytes, blob.AsSpan(NonceSize, plainBytes.Length), blob.AsSpan(NonceSize + plainBytes.Length), AssociatedData(_activeKeyId, accountKey));
        CryptographicOperations.ZeroMemory(plainBytes);
        return $"{Version}:{_activeKeyId}:{Base64Url.EncodeToString(blob)}";
    }

    /// <summary>Decrypts a value made by <see cref="Protect"/> for the same <paramref name="accountKey"/>.</summary>
    /// <exception cref="PasswordProtectionException">
    /// The value is malformed, its key id is not configured, or it was changed, made for another account or
    /// with another key.
    /// </exception>
    public string Unprotect(string protectedValue, string accountKey) => Unprotect(protectedValue, accountKey, opened: null);

    /// <summary>Decrypts with the keys opened in <paramref name="opened"/> (adding those it opens), or with a key opened for this value alone.</summary>
    private string Unprotect(string protectedValue, string accountKey, Dictionary<string, AesGcm>? opened)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        var parts = protectedValue.Split(':');
        if (parts.Length != 3 || parts[0] != Version)
        {
            throw new PasswordProtectionException($"The stored password of account '{accountKey}' is not in the '{Version}:keyId:data' form; it was not made by {nameof(PasswordProtector)}.");
        }

        var keyId = parts[1];
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new PasswordProtectionException(
                $"The stored password of account '{accountKey}' was encrypted with key id '{keyId}', which is not configured; add that key back under {PasswordProtectionOptions.SectionName}:{nameof(PasswordProtectionOptions.PasswordKeys)}:{keyId}, or reset the account's password.");
        }

        byte[] blob;
        try
        {
            blob = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException ex)
        {
            throw new PasswordProtectionException($"The stored password of account '{accountKey}' is damaged (not base64url); reset the account's password.", ex);
        }

        if (blob.Length < NonceSize + TagSize)
        {
            throw new PasswordProtectionException($"The stored password of account '{accountKey}' is damaged (too short); reset the account's password.");
        }

        var cipherLength = blob.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        AesGcm? own = null;
        try
        {
            var aes = opened is null ? own = new AesGcm(key, TagSize) : Opened(opened, keyId, key);
            aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize, cipherLength), blob.AsSpan(NonceSize + cipherLength), plain, AssociatedData(keyId, accountKey));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new PasswordProtectionException(
                $"The stored password of account '{accountKey}' does not decrypt with key '{keyId}': it was changed, belongs to another account, or key '{keyId}' is not the key it was encrypted with. Reset the account's password.",
                ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
            own?.Dispose();
        }
    }

    private static byte[] AssociatedData(string keyId, string accountKey) => Encoding.UTF8.GetBytes($"{Version}\n{keyId}\n{accountKey}");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex KeyIdPattern();
}
