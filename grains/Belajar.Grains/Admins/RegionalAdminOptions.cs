namespace Belajar.Grains.Admins;

/// <summary>Regional administrators' accounts in Google (section <c>Accounts</c>).</summary>
public sealed class RegionalAdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Accounts";

    /// <summary>The domain of administrators' addresses; default <c>dikbud.belajar.id</c>.</summary>
    public string AdminWilayahDomain { get; set; } = "dikbud.belajar.id";

    /// <summary>The Directory role (by name) given to administrators, limited to the region's org unit.</summary>
    public string AdminWilayahRole { get; set; } = "_USER_MANAGEMENT_ADMIN_ROLE";

    /// <summary>Throws with the key to fix when a value is unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(AdminWilayahDomain) || !AdminWilayahDomain.Contains('.') || AdminWilayahDomain.Contains('@'))
        {
            throw new ArgumentException($"Accounts:AdminWilayahDomain '{AdminWilayahDomain}' is not a domain name; set it to e.g. 'dikbud.belajar.id'.");
        }

        if (string.IsNullOrWhiteSpace(AdminWilayahRole))
        {
            throw new ArgumentException("Accounts:AdminWilayahRole is empty; set it to the name of a Directory role, e.g. '_USER_MANAGEMENT_ADMIN_ROLE'.");
        }
    }
}
