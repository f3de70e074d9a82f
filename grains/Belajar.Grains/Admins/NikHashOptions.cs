using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Admins;

/// <summary>
/// The pepper of NIK hashes (section <c>Secrets</c>): <c>Secrets:NikPepper</c>, at least 32 random bytes in base64. Required
/// wherever regional administrators are nominated (the PostgreSQL profile sets it; the embedded default generates one into its
/// secrets file). Never change it once hashes are stored: they would no longer match.
/// </summary>
public sealed class NikHashOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Secrets";

    /// <summary>The pepper, base64 of at least 32 bytes.</summary>
    public string? NikPepper { get; set; }

    /// <summary>A fresh pepper for <c>Secrets:NikPepper</c>.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The decoded pepper (validated by <see cref="NikHashOptionsValidator"/>).</summary>
    public byte[] PepperBytes() => NikHashOptionsValidator.Decode(NikPepper) ?? throw new InvalidOperationException(NikHashOptionsValidator.Problem);
}

/// <summary>Refuses a missing or short <c>Secrets:NikPepper</c>, naming the setting (never the value).</summary>
public sealed class NikHashOptionsValidator : IValidateOptions<NikHashOptions>
{
    internal const string Problem =
        "Secrets:NikPepper must be set to base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`); it keys the NIK hashes of regional administrators and must never change once set.";

    public ValidateOptionsResult Validate(string? name, NikHashOptions options) =>
        Decode(options.NikPepper) is null ? ValidateOptionsResult.Fail(Problem) : ValidateOptionsResult.Success;

    internal static byte[]? Decode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            var bytes = Convert.FromBase64String(value.Trim());
            return bytes.Length >= 32 ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
