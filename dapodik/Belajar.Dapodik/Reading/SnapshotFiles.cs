namespace Belajar.Dapodik;

/// <summary>The file names of a snapshot folder and the columns each must have (in any order; extra columns ignored).</summary>
public static class SnapshotFiles
{
    /// <summary>Schools.</summary>
    public const string Sekolah = "sekolah.csv";
    /// <summary>Learners.</summary>
    public const string PesertaDidik = "peserta_didik.csv";
    /// <summary>Teachers and staff.</summary>
    public const string Ptk = "ptk.csv";
    /// <summary>Dapodik users (operators).</summary>
    public const string Pengguna = "pengguna.csv";

    /// <summary>Columns of <c>sekolah.csv</c>.</summary>
    public static readonly string[] SekolahColumns =
        ["sekolah_id", "npsn", "nama", "bentuk_pendidikan_id", "status_sekolah", "kode_wilayah", "kecamatan", "kabupaten_kota", "provinsi"];

    /// <summary>Columns of <c>peserta_didik.csv</c>.</summary>
    public static readonly string[] PesertaDidikColumns =
        ["peserta_didik_id", "nisn", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "sekolah_id", "tingkat_pendidikan_id", "nama_rombel"];

    /// <summary>Columns of <c>ptk.csv</c>.</summary>
    public static readonly string[] PtkColumns =
        ["ptk_id", "nuptk", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "sekolah_id", "jenis_ptk_id"];

    /// <summary>Columns of <c>pengguna.csv</c>.</summary>
    public static readonly string[] PenggunaColumns =
        ["pengguna_id", "username", "nama", "sekolah_id", "peran", "ptk_id", "password_hash"];

    /// <summary>The operators' plain passwords written by the synthetic generator (not part of a Dapodik export).</summary>
    public const string OperatorPasswords = "operator-passwords.csv";
}
