namespace Belajar.Api.Auth;

/// <summary>The roles a signed-in person can hold, as the <c>role</c> claim spells them.</summary>
public static class BelajarRoles
{
    /// <summary>Pusdatin operations: every school, every region.</summary>
    public const string Pusdatin = "pusdatin";

    /// <summary>A Dinas Pendidikan; claim <c>kodeWilayah</c> names its region.</summary>
    public const string Dinas = "dinas";

    /// <summary>A school operator; claim <c>npsn</c> names the own school.</summary>
    public const string Operator = "operator";

    /// <summary>A regional administrator; claim <c>kodeWilayah</c> names its region.</summary>
    public const string AdminWilayah = "admin-wilayah";

    /// <summary>Every role, for validating configuration.</summary>
    public static readonly IReadOnlyList<string> All = [Pusdatin, Dinas, Operator, AdminWilayah];
}
