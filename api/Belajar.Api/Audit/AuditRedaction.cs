using System.Text.RegularExpressions;

namespace Belajar.Api.Audit;

/// <summary>
/// What the audit log refuses to hold: any run of 16 digits (a NIK, or a NUPTK that looks like one) is masked as
/// <c>3171********0001</c>, and detail values under a secret-looking key (password, token, secret, nik) are dropped.
/// </summary>
public static partial class AuditRedaction
{
    private static readonly string[] SecretKeys = ["password", "token", "secret", "nik", "hash"];

    /// <summary>Masks 16-digit runs: the first 4 and last 4 digits stay.</summary>
    public static string? MaskNik(string? text) =>
        text is null ? null : SixteenDigits().Replace(text, m => string.Concat(m.Value.AsSpan(0, 4), "********", m.Value.AsSpan(12, 4)));

    /// <summary>The entry as it may be stored.</summary>
    public static AuditEntry Redact(AuditEntry entry) => entry with
    {
        Actor = MaskNik(entry.Actor) ?? "",
        Npsn = MaskNik(entry.Npsn),
        KodeWilayah = MaskNik(entry.KodeWilayah),
        Detail = entry.Detail
            .Where(pair => !SecretKeys.Any(secret => pair.Key.Contains(secret, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(pair => pair.Key, pair => MaskNik(pair.Value) ?? ""),
    };

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)")]
    private static partial Regex SixteenDigits();
}
