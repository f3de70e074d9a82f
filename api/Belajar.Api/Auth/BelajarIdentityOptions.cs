namespace Belajar.Api.Auth;

/// <summary>
/// Configuration section <c>Identity</c>. With <see cref="Authority"/> set, tokens come from an external OpenID Connect authority
/// (Dapodik's sign-on); otherwise the built-in identity provider signs them with <see cref="SigningKey"/>.
/// </summary>
public sealed class BelajarIdentityOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Identity";

    /// <summary>Base64 of at least 32 random bytes (HMAC-SHA256). Empty: a key is generated at start-up (tokens end with the process).</summary>
    public string? SigningKey { get; set; }

    /// <summary>The <c>iss</c> of tokens the built-in provider issues and accepts.</summary>
    public string Issuer { get; set; } = "belajar-orleans";

    /// <summary>The <c>aud</c> tokens must carry (built-in and external).</summary>
    public string Audience { get; set; } = "belajar-api";

    /// <summary>An external OpenID Connect authority (its metadata and keys are fetched from it); empty for the built-in provider.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the authority's metadata must be fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long an access token issued by the built-in provider is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// bcrypt cost of the hashes this provider makes: the generated default user's, and the dummy hash checked for unknown users
    /// so that they take as long as known ones (keep it equal to the cost of pengguna.csv's hashes).
    /// </summary>
    public int HashWorkFactor { get; set; } = 11;

    /// <summary>Users of the built-in provider: <c>Identity:Users:N:Username</c>, <c>:PasswordHash</c>, <c>:Role</c>, <c>:KodeWilayah</c>.</summary>
    public List<ConfiguredUserOptions> Users { get; set; } = [];

    /// <summary>Sign-in throttling.</summary>
    public SignInThrottleOptions Throttle { get; set; } = new();
}

/// <summary>One configured user (Pusdatin or Dinas).</summary>
public sealed class ConfiguredUserOptions
{
    /// <summary>The sign-in name.</summary>
    public string Username { get; set; } = "";

    /// <summary>A bcrypt hash of the password (<c>$2a$</c>, <c>$2b$</c> or <c>$2y$</c>).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary><c>pusdatin</c> or <c>dinas</c> (or <c>admin-wilayah</c>).</summary>
    public string Role { get; set; } = "";

    /// <summary>The region of a <c>dinas</c> or <c>admin-wilayah</c> user.</summary>
    public string? KodeWilayah { get; set; }
}
