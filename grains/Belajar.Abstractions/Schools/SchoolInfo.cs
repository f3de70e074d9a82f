namespace Belajar.Abstractions.Schools;

/// <summary>A school as Dapodik describes it, with the codes of its kecamatan, kabupaten/kota and province.</summary>
[GenerateSerializer, Immutable, Alias("belajar.SchoolInfo")]
public sealed record SchoolInfo(
    [property: Id(0)] string Npsn,
    [property: Id(1)] string Nama,
    [property: Id(2)] int BentukPendidikanId,
    [property: Id(3)] string KodeWilayah,
    [property: Id(4)] string Kecamatan,
    [property: Id(5)] string KabupatenKota,
    [property: Id(6)] string Provinsi)
{
    /// <summary>The kabupaten/kota code <c>XXYY00</c>.</summary>
    public string KodeKabupaten => string.Concat(KodeWilayah.AsSpan(0, 4), "00");

    /// <summary>The province code <c>XX0000</c>.</summary>
    public string KodeProvinsi => string.Concat(KodeWilayah.AsSpan(0, 2), "0000");
}
