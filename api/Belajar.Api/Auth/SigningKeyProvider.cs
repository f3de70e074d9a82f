using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Belajar.Api.Auth;

/// <summary>The key the built-in provider signs with: <c>Identity:SigningKey</c>, or one generated for this process.</summary>
public sealed class SigningKeyProvider
{
    /// <summary>Reads the configured key or generates one.</summary>
    public SigningKeyProvider(IOptions<BelajarIdentityOptions> options)
    {
        var configured = options.Value.SigningKey;
        var bytes = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : TryDecode(configured);
        IsGenerated = string.IsNullOrWhiteSpace(configured);
        Key = new SymmetricSecurityKey(bytes ?? throw new OptionsValidationException(
            BelajarIdentityOptions.Section, typeof(BelajarIdentityOptions), ["Identity:SigningKey must be base64 of at least 32 bytes."]));
    }

    /// <summary>The HMAC-SHA256 key.</summary>
    public SymmetricSecurityKey Key { get; }

    /// <summary>True when no key was configured and this process made its own.</summary>
    public bool IsGenerated { get; }

    internal static byte[]? TryDecode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written >= 32 ? buffer[..written] : null;
    }
}
