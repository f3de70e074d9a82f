namespace Belajar.Dapodik;

/// <summary>A teacher or staff row of <c>ptk.csv</c> that passed validation.</summary>
/// <param name="PtkId">Dapodik's PTK id.</param>
/// <param name="Nuptk">16 digits, or null.</param>
/// <param name="Nik">16 digits.</param>
/// <param name="Nama">Full name, often with titles.</param>
/// <param name="JenisKelamin"><c>L</c> or <c>P</c>.</param>
/// <param name="TanggalLahir">Date of birth.</param>
/// <param name="SekolahId">The school the PTK works at.</param>
/// <param name="JenisPtkId">Kind of PTK (guru codes, 20 kepala sekolah, ...); null when not filled.</param>
public sealed record Ptk(Guid PtkId, string? Nuptk, string? Nik, string Nama, char JenisKelamin, DateOnly TanggalLahir,
    Guid SekolahId, int? JenisPtkId)
{
    /// <summary>The row without its NIK in full (masked), safe for logs.</summary>
    public override string ToString() =>
        $"Ptk {{ PtkId = {PtkId}, Nuptk = {Nuptk}, Nik = {(Nik is null ? null : NikRules.Mask(Nik))}, SekolahId = {SekolahId}, JenisPtkId = {JenisPtkId} }}";
}
