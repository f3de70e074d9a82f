using Belajar.Domain;

namespace Belajar.Abstractions.Accounts;

/// <summary>What a run asks of one account: who the person is in Dapodik and where the account belongs.</summary>
/// <param name="AccountKey">The grain key: <c>pd-</c>, <c>guru-</c> or <c>adm-</c> followed by the Dapodik id.</param>
/// <param name="OrgUnitPath">The Google org unit, <c>/{provinsi}/{kabupaten_kota}/{npsn}</c>.</param>
[GenerateSerializer, Immutable, Alias("belajar.AccountSpec")]
public sealed record AccountSpec(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] AccountRole Role,
    [property: Id(2)] Jenjang Jenjang,
    [property: Id(3)] string Npsn,
    [property: Id(4)] string DapodikId,
    [property: Id(5)] string Nama,
    [property: Id(6)] string? NisnNuptk,
    [property: Id(7)] int? Tingkat,
    [property: Id(8)] string? Rombel,
    [property: Id(9)] string OrgUnitPath);
