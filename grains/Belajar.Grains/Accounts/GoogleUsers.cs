using Belajar.Abstractions.Accounts;
using Belajar.Directory;

namespace Belajar.Grains.Accounts;

/// <summary>How an account looks to Google: name, address, org unit, Dapodik id as external id, NPSN as cost centre.</summary>
public static class GoogleUsers
{
    /// <summary>
    /// The custom type of the external id that carries the Dapodik id is this prefix plus the account key's role prefix
    /// (<c>dapodik-pd</c>, <c>dapodik-guru</c>, <c>dapodik-adm</c>): a PTK who is also the school's operator has two users
    /// with the same Dapodik id, and the type tells them apart (a search by the Dapodik id still finds both).
    /// </summary>
    public const string DapodikIdTypePrefix = "dapodik-";

    /// <summary>The external id of an account: <c>{"type":"custom","customType":"dapodik-{role prefix}","value":"{Dapodik id}"}</c>.</summary>
    public static UserExternalId DapodikId(AccountSpec spec) => new()
    {
        Type = "custom",
        CustomType = DapodikIdTypePrefix + spec.AccountKey[..spec.AccountKey.IndexOf('-', StringComparison.Ordinal)],
        Value = spec.DapodikId,
    };

    /// <summary>The account key a user's Dapodik external id stands for (<c>guru-{id}</c>), or null when it has none.</summary>
    public static string? AccountKeyOf(User user) =>
        user.ExternalIds?.FirstOrDefault(e => e.Type == "custom" && e.CustomType?.StartsWith(DapodikIdTypePrefix, StringComparison.Ordinal) == true
            && !string.IsNullOrEmpty(e.Value)) is { } id
            ? $"{id.CustomType![DapodikIdTypePrefix.Length..]}-{id.Value}"
            : null;

    public static User ForInsert(AccountSpec spec, string address, string initialPassword)
    {
        var name = GoogleNameRules.From(spec.Nama);
        return new User
        {
            PrimaryEmail = address,
            Name = new UserName { GivenName = name.GivenName, FamilyName = name.FamilyName },
            Password = initialPassword,
            ChangePasswordAtNextLogin = true,
            OrgUnitPath = spec.OrgUnitPath,
            ExternalIds = [DapodikId(spec)],
            Organizations = [new UserOrganization { CostCenter = spec.Npsn, Primary = true }],
        };
    }

    /// <summary>The patch that moves a user to another school's org unit and cost centre.</summary>
    public static User ForMove(AccountSpec spec) => new()
    {
        OrgUnitPath = spec.OrgUnitPath,
        Organizations = [new UserOrganization { CostCenter = spec.Npsn, Primary = true }],
    };

    /// <summary>The patch that gives a user a new primary address (Google keeps the old one as an alias) and moves it to its new school.</summary>
    public static User ForReaddress(AccountSpec spec, string address) => new()
    {
        PrimaryEmail = address,
        OrgUnitPath = spec.OrgUnitPath,
        Organizations = [new UserOrganization { CostCenter = spec.Npsn, Primary = true }],
    };

    public static User ForPasswordReset(string initialPassword) => new()
    {
        Password = initialPassword,
        ChangePasswordAtNextLogin = true,
    };
}
