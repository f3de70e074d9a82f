using System.Globalization;

namespace Belajar.Directory.Emulator;

/// <summary>An immutable snapshot of one user the emulator holds.</summary>
public sealed record EmulatedUser
{
    /// <summary>Google's never-signed-in value of <c>lastLoginTime</c>.</summary>
    public const string NeverSignedIn = "1970-01-01T00:00:00.000Z";

    public required string Id { get; init; }
    public required string PrimaryEmail { get; init; }
    public required string GivenName { get; init; }
    public required string FamilyName { get; init; }

    /// <summary>The password as given (plain, or the hash when <see cref="HashFunction"/> is set).</summary>
    public required string Password { get; init; }
    public string? HashFunction { get; init; }
    public bool ChangePasswordAtNextLogin { get; init; }
    public bool Suspended { get; init; }
    public string OrgUnitPath { get; init; } = "/";
    public IReadOnlyList<ExternalIdResource> ExternalIds { get; init; } = [];
    public IReadOnlyList<OrganizationResource> Organizations { get; init; } = [];

    /// <summary>Earlier primary addresses: mail to them still arrives, and the user answers under them (<see cref="DirectoryStore.Rename"/>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public DateTimeOffset CreationTime { get; init; }
    public DateTimeOffset? LastLoginTime { get; init; }
    public bool AgreedToTerms { get; init; }
    public bool IsAdmin { get; init; }
    public bool IsDelegatedAdmin { get; init; }

    /// <summary>The Directory API resource (never the password).</summary>
    public UserResource ToResource(string customerId) => new()
    {
        Kind = "admin#directory#user",
        Id = Id,
        Etag = $"\"{Id}/{GetHashCode():x8}\"",
        PrimaryEmail = PrimaryEmail,
        Name = new NameResource { GivenName = GivenName, FamilyName = FamilyName, FullName = $"{GivenName} {FamilyName}" },
        IsAdmin = IsAdmin,
        IsDelegatedAdmin = IsDelegatedAdmin,
        LastLoginTime = LastLoginTime is { } last ? Format(last) : NeverSignedIn,
        CreationTime = Format(CreationTime),
        AgreedToTerms = AgreedToTerms,
        Suspended = Suspended,
        SuspensionReason = Suspended ? "ADMIN" : null,
        ChangePasswordAtNextLogin = ChangePasswordAtNextLogin,
        OrgUnitPath = OrgUnitPath,
        CustomerId = customerId,
        IsMailboxSetup = true,
        ExternalIds = ExternalIds.Count == 0 ? null : [.. ExternalIds],
        Organizations = Organizations.Count == 0 ? null : [.. Organizations],
        Aliases = Aliases.Count == 0 ? null : [.. Aliases],
    };

    /// <summary>RFC 3339 with milliseconds, as Google writes times.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
