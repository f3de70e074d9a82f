namespace Belajar.Dapodik;

/// <summary>A school row of <c>sekolah.csv</c> that passed validation.</summary>
/// <param name="SekolahId">Dapodik's school id.</param>
/// <param name="Npsn">The national school number, 8 characters <c>[0-9A-Z]</c>.</param>
/// <param name="Nama">The school's name.</param>
/// <param name="BentukPendidikanId">The school form (5 SD, 6 SMP, 13 SMA, 15 SMK, ...).</param>
/// <param name="StatusSekolah"><c>Negeri</c> or <c>Swasta</c>.</param>
/// <param name="KodeWilayah">The kecamatan code, 6 digits <c>XXYYZZ</c>.</param>
/// <param name="Kecamatan">Name of the kecamatan.</param>
/// <param name="KabupatenKota">Name of the kabupaten or kota.</param>
/// <param name="Provinsi">Name of the province.</param>
public sealed record Sekolah(Guid SekolahId, string Npsn, string Nama, int BentukPendidikanId, string StatusSekolah,
    string KodeWilayah, string Kecamatan, string KabupatenKota, string Provinsi);
