namespace Belajar.Directory.Emulator;

/// <summary>The Directory API user resource as the emulator reads and writes it (null = absent).</summary>
public sealed class UserResource
{
    public string? Kind { get; set; }
    public string? Id { get; set; }
    public string? Etag { get; set; }
    public string? PrimaryEmail { get; set; }
    public NameResource? Name { get; set; }
    public string? Password { get; set; }
    public string? HashFunction { get; set; }
    public bool? IsAdmin { get; set; }
    public bool? IsDelegatedAdmin { get; set; }
    public string? LastLoginTime { get; set; }
    public string? CreationTime { get; set; }
    public bool? AgreedToTerms { get; set; }
    public bool? Suspended { get; set; }
    public string? SuspensionReason { get; set; }
    public bool? ChangePasswordAtNextLogin { get; set; }
    public string? OrgUnitPath { get; set; }
    public string? CustomerId { get; set; }
    public bool? IsMailboxSetup { get; set; }
    public List<ExternalIdResource>? ExternalIds { get; set; }
    public List<OrganizationResource>? Organizations { get; set; }

    /// <summary>The user's earlier primary addresses (Google keeps one as an alias when <c>primaryEmail</c> changes); read-only.</summary>
    public List<string>? Aliases { get; set; }
}

/// <summary>A user's name.</summary>
public sealed class NameResource
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? FullName { get; set; }
}

/// <summary>An external id of a user.</summary>
public sealed class ExternalIdResource
{
    public string? Value { get; set; }
    public string? Type { get; set; }
    public string? CustomType { get; set; }
}

/// <summary>An organization of a user.</summary>
public sealed class OrganizationResource
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? CostCenter { get; set; }
    public string? Description { get; set; }
    public bool? Primary { get; set; }
    public string? Type { get; set; }
    public string? CustomType { get; set; }
}
