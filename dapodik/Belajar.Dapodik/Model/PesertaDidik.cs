namespace Belajar.Dapodik;

/// <summary>A learner row of <c>peserta_didik.csv</c> that passed validation.</summary>
/// <param name="PesertaDidikId">Dapodik's learner id.</param>
/// <param name="Nisn">10 digits, or null when Dapodik has none yet.</param>
/// <param name="Nik">16 digits, or null (optional for learners).</param>
/// <param name="Nama">Full name as in Dapodik.</param>
/// <param name="JenisKelamin"><c>L</c> or <c>P</c>.</param>
/// <param name="TanggalLahir">Date of birth.</param>
/// <param name="SekolahId">The learner's school.</param>
/// <param name="Tingkat">Grade 1–13 (for PKBM/SKB the grade of the Paket).</param>
/// <param name="NamaRombel">Class group, e.g. <c>6A</c>.</param>
public sealed record PesertaDidik(Guid PesertaDidikId, string? Nisn, string? Nik, string Nama, char JenisKelamin,
    DateOnly TanggalLahir, Guid SekolahId, int Tingkat, string? NamaRombel)
{
    /// <summary>The row without its NIK in full (masked), safe for logs.</summary>
    public override string ToString() =>
        $"PesertaDidik {{ PesertaDidikId = {PesertaDidikId}, Nisn = {Nisn}, Nik = {(Nik is null ? null : NikRules.Mask(Nik))}, SekolahId = {SekolahId}, Tingkat = {Tingkat} }}";
}
