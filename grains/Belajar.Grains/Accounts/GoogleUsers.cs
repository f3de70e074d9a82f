using Belajar.Abstractions.Accounts;
using Belajar.Directory;

namespace Belajar.Grains.Accounts;

/// <summary>How an account looks to Google: name, address, org unit, Dapodik id as external id, NPSN as cost centre.</summary>
public static class GoogleUsers
{
    /// <summary>The external id type that carries the Dapodik id, so that a retried create finds its own user.</summary>
    public const string DapodikIdType = "organization";

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
            ExternalIds = [new UserExternalId { Type = DapodikIdType, Value = spec.DapodikId }],
            Organizations = [new UserOrganization { CostCenter = spec.Npsn, Primary = true }],
        };
    }

    /// <summary>The patch that moves a user to another school's org unit and cost centre.</summary>
    public static User ForMove(AccountSpec spec) => new()
    {
        OrgUnitPath = spec.OrgUnitPath,
        Organizations = [new UserOrganization { CostCenter = spec.Npsn, Primary = true }],
    };

    public static User ForPasswordReset(string initialPassword) => new()
    {
        Password = initialPassword,
        ChangePasswordAtNextLogin = true,
    };
}
