namespace Belajar.Api.Auth;

/// <summary>
/// Configuration section <c>Identity</c>. With <see cref="Authority"/> set, tokens come from an external OpenID Connect authority
/// (Dapodik's sign-on); otherwise the built-in identity provider signs them with <see cref="SigningKey"/>.
/// </summary>
public sealed class BelajarIdentityOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Identity";

    /// <summary>
    /// Base64 of at least 32 random bytes (HMAC-SHA256): signs tokens and device cookies, the same on every api replica. Required
    /// in the PostgreSQL profile unless <see cref="Authority"/> is set; the embedded default keeps its own in its data folder.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The <c>iss</c> of tokens the built-in provider issues and accepts.</summary>
    public string Issuer { get; set; } = "belajar-orleans";

    /// <summary>The <c>aud</c> tokens must carry (built-in and external).</summary>
    public string Audience { get; set; } = "belajar-api";

    /// <summary>An external OpenID Connect authority (its metadata and keys are fetched from it); empty for the built-in provider.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the authority's metadata must be fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long an access token issued by the built-in provider is valid (at most <see cref="MaxTokenLifetime"/>).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest <see cref="TokenLifetime"/> accepted.</summary>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromHours(12);

    /// <summary>
    /// bcrypt cost of the hashes this provider makes: the generated default user's, and the dummy hash checked for unknown users
    /// so that they take as long as known ones (keep it equal to the cost of pengguna.csv's hashes).
    /// </summary>
    public int HashWorkFactor { get; set; } = 11;

    /// <summary>
    /// The lowest bcrypt cost of an operator's hash in pengguna.csv: cheaper hashes (and anything not bcrypt) are refused at
    /// import, with a warning; those operators cannot sign in until Dapodik re-hashes them.
    /// </summary>
    public int MinimumHashCost { get; set; } = 10;

    /// <summary>bcrypt checks running at once in one api process; 0: one per processor. Further sign-ins wait for a slot.</summary>
    public int MaxConcurrentHashChecks { get; set; }

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
