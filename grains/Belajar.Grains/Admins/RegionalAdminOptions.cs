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
}
