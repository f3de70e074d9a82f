using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Belajar.Directory.Emulator;

/// <summary>
/// The OAuth token endpoint for the JWT-bearer grant of a service account (RFC 7523, as Google's): checks the JWT's
/// RS256 signature with the service account's public key, <c>aud</c>, <c>iat</c>/<c>exp</c>, <c>scope</c> and <c>sub</c>,
/// and issues access tokens that the API endpoints then require as Bearer.
/// </summary>
public sealed class TokenService(EmulatorOptions options, TimeProvider timeProvider)
{
    /// <summary>The scope prefix of the Directory API (every <c>admin.directory.*</c> scope is granted).</summary>
    public const string ScopePrefix = "https://www.googleapis.com/auth/admin.directory.";

    /// <summary>The Reports API's read-only audit scope (what <c>activities.list</c> needs).</summary>
    public const string ReportsScope = "https://www.googleapis.com/auth/admin.reports.audit.readonly";

    /// <summary>The audiences Google accepts in a service account's JWT (Google.Apis.Auth always sends the first).</summary>
    private static readonly HashSet<string> GoogleAudiences = new(StringComparer.OrdinalIgnoreCase)
        { "https://oauth2.googleapis.com/token", "https://www.googleapis.com/oauth2/v4/token", "https://accounts.google.com/o/oauth2/token" };

    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expiry, string[] Scopes)> _tokens = new(StringComparer.Ordinal);

    /// <summary>The trusted service account (set once the emulator knows its address).</summary>
    public ServiceAccountKey? Key { get; set; }

    /// <summary>The token endpoint's own URI (the expected <c>aud</c>).</summary>
    public string? TokenUri { get; set; }

    /// <summary>Access tokens issued so far.</summary>
    public int Issued => _tokens.Count;

    /// <summary>Answers a token request: <c>(status, JSON body)</c>.</summary>
    public (int Status, string Body) Exchange(string? grantType, string? assertion)
    {
        if (grantType != "urn:ietf:params:oauth:grant-type:jwt-bearer")
        {
            return Fail("unsupported_grant_type", "Invalid grant_type: expected urn:ietf:params:oauth:grant-type:jwt-bearer");
        }

        if (Verify(assertion, out var scopes) is { } problem)
        {
            return problem;
        }

        var token = "ya29.emu-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _tokens[token] = (timeProvider.GetUtcNow().AddHours(1), scopes);
        return (200, JsonSerializer.Serialize(new Dictionary<string, object> { ["access_token"] = token, ["expires_in"] = 3599, ["token_type"] = "Bearer" }, EmulatorJsonContext.Default.DictionaryStringObject));
    }

    /// <summary>Whether the <c>Authorization</c> header carries a live access token.</summary>
    public bool IsAuthorized(string? authorization) => Granted(authorization) is not null;

    /// <summary>Whether the live access token of <paramref name="authorization"/> was granted a scope starting with <paramref name="scopePrefix"/>.</summary>
    public bool HasScope(string? authorization, string scopePrefix) =>
        Granted(authorization)?.Any(s => s.StartsWith(scopePrefix, StringComparison.Ordinal)) == true;

    private string[]? Granted(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && _tokens.TryGetValue(authorization[7..].Trim(), out var grant) && grant.Expiry > timeProvider.GetUtcNow() ? grant.Scopes : null;

    private (int, string)? Verify(string? assertion, out string[] granted)
    {
        granted = [];
        var parts = assertion?.Split('.');
        if (parts is not { Length: 3 } || Key is null)
        {
            return Fail("invalid_grant", "Invalid JWT: the assertion must be a signed JWT (header.payload.signature).");
        }

        JsonElement header, claims;
        try
        {
            header = JsonDocument.Parse(Base64Url(parts[0])).RootElement;
            claims = JsonDocument.Parse(Base64Url(parts[1])).RootElement;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return Fail("invalid_grant", "Invalid JWT: not base64url JSON.");
        }

        if (Text(header, "alg") != "RS256")
        {
            return Fail("invalid_grant", "Invalid JWT: alg must be RS256.");
        }

        if (Text(claims, "iss") != Key.ClientEmail)
        {
            return Fail("invalid_grant", "Invalid JWT: unknown issuer (iss is not the service account).");
        }

        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (!Key.PublicKey.VerifyData(signed, Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return Fail("invalid_grant", "Invalid JWT Signature.");
        }

        var aud = Text(claims, "aud")?.TrimEnd('/');
        if (aud is null || !(GoogleAudiences.Contains(aud) || string.Equals(aud, TokenUri?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            return Fail("invalid_grant", $"Invalid JWT: aud must be Google's token endpoint (https://oauth2.googleapis.com/token) or {TokenUri}.");
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var iat = Number(claims, "iat");
        var exp = Number(claims, "exp");
        if (iat is null || exp is null || exp <= iat || exp - iat > 3600 || iat > now + (long)Skew.TotalSeconds || exp < now - (long)Skew.TotalSeconds)
        {
            return Fail("invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }

        var scopes = Text(claims, "scope")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (scopes.Length == 0 || scopes.Any(s => !s.StartsWith(ScopePrefix, StringComparison.Ordinal) && s != ReportsScope))
        {
            return Fail("invalid_scope", $"Invalid OAuth scope or ID token audience provided: only {ScopePrefix}* and {ReportsScope} are granted.");
        }

        var sub = Text(claims, "sub");
        if (sub is null || !string.Equals(sub, options.AdminEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Fail("unauthorized_client", "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested (sub must be the delegated administrator).");
        }

        granted = scopes;
        return null;
    }

    private static (int, string) Fail(string error, string description) =>
        (400, JsonSerializer.Serialize(new Dictionary<string, object> { ["error"] = error, ["error_description"] = description }, EmulatorJsonContext.Default.DictionaryStringObject));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;

    private static byte[] Base64Url(string value)
    {
        var s = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
