using Belajar.Abstractions.Admins;

namespace Belajar.Grains.Admins;

/// <summary>A region's administrators and nominations (state "regionadmins"). Stored: never reorder or renumber an <c>[Id]</c>.</summary>
[GenerateSerializer, Alias("belajar.RegionAdminsState")]
public sealed class RegionAdminsState
{
    [Id(0)] public Dictionary<string, StoredNomination> Nominations { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, StoredAdmin> Admins { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// A nomination as the region keeps it: the NIK encrypted (<see cref="ProtectedNik"/>, the password protector's key, the
/// nomination id as associated data) until the credentials mail has gone out (it is the ZIP's password), then dropped.
/// <see cref="Nik"/> is the plain NIK of rows written before the encryption: read, never written.
/// </summary>
[GenerateSerializer, Alias("belajar.StoredNomination")]
public sealed class StoredNomination
{
    [Id(0)] public NominationView View { get; set; } = null!;
    [Id(1)] public string? Nik { get; set; }
    [Id(2)] public string NikHash { get; set; } = "";
    [Id(3)] public string? ProtectedNik { get; set; }
}

/// <summary>An administrator as the region keeps it: a keyed hash of the NIK (<see cref="NikHashes"/>, to refuse it twice), never the NIK or the password.</summary>
[GenerateSerializer, Alias("belajar.StoredAdmin")]
public sealed class StoredAdmin
{
    [Id(0)] public RegionalAdminView View { get; set; } = null!;
    [Id(1)] public string NikHash { get; set; } = "";
    [Id(2)] public string GoogleUserId { get; set; } = "";
}
