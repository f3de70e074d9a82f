namespace Belajar.Dapodik.Synthetic;

/// <summary>A province with its Dapodik code, the Kemendagri code that opens its NIKs, and some kabupaten/kota.</summary>
internal sealed record Province(int DapodikCode, int NikCode, string Name, string[] Kabupaten);

/// <summary>The 38 provinces of Indonesia and three real kabupaten/kota of each, for the synthetic generator.</summary>
internal static class Regions
{
    // Dapodik province codes 01–34 follow Dapodik's order; 35–38 (the 2022 Papua provinces) are assumed.
    public static readonly Province[] All =
    [
        new(1, 31, "Prov. D.K.I. Jakarta", ["Kota Jakarta Selatan", "Kota Jakarta Timur", "Kota Jakarta Barat"]),
        new(2, 32, "Prov. Jawa Barat", ["Kab. Bandung", "Kab. Bogor", "Kota Bekasi"]),
        new(3, 33, "Prov. Jawa Tengah", ["Kab. Banyumas", "Kab. Klaten", "Kota Semarang"]),
        new(4, 34, "Prov. D.I. Yogyakarta", ["Kab. Sleman", "Kab. Bantul", "Kota Yogyakarta"]),
        new(5, 35, "Prov. Jawa Timur", ["Kab. Malang", "Kab. Jember", "Kota Surabaya"]),
        new(6, 11, "Prov. Aceh", ["Kab. Aceh Besar", "Kab. Pidie", "Kota Banda Aceh"]),
        new(7, 12, "Prov. Sumatera Utara", ["Kab. Deli Serdang", "Kab. Tapanuli Utara", "Kota Medan"]),
        new(8, 13, "Prov. Sumatera Barat", ["Kab. Agam", "Kab. Tanah Datar", "Kota Padang"]),
        new(9, 14, "Prov. Riau", ["Kab. Kampar", "Kab. Bengkalis", "Kota Pekanbaru"]),
        new(10, 15, "Prov. Jambi", ["Kab. Muaro Jambi", "Kab. Kerinci", "Kota Jambi"]),
        new(11, 16, "Prov. Sumatera Selatan", ["Kab. Ogan Komering Ilir", "Kab. Banyuasin", "Kota Palembang"]),
        new(12, 18, "Prov. Lampung", ["Kab. Lampung Selatan", "Kab. Lampung Tengah", "Kota Bandar Lampung"]),
        new(13, 61, "Prov. Kalimantan Barat", ["Kab. Sambas", "Kab. Ketapang", "Kota Pontianak"]),
        new(14, 62, "Prov. Kalimantan Tengah", ["Kab. Kotawaringin Timur", "Kab. Kapuas", "Kota Palangka Raya"]),
        new(15, 63, "Prov. Kalimantan Selatan", ["Kab. Banjar", "Kab. Tabalong", "Kota Banjarmasin"]),
        new(16, 64, "Prov. Kalimantan Timur", ["Kab. Kutai Kartanegara", "Kab. Berau", "Kota Samarinda"]),
        new(17, 71, "Prov. Sulawesi Utara", ["Kab. Minahasa", "Kab. Bolaang Mongondow", "Kota Manado"]),
        new(18, 72, "Prov. Sulawesi Tengah", ["Kab. Donggala", "Kab. Poso", "Kota Palu"]),
        new(19, 73, "Prov. Sulawesi Selatan", ["Kab. Gowa", "Kab. Bone", "Kota Makassar"]),
        new(20, 74, "Prov. Sulawesi Tenggara", ["Kab. Konawe", "Kab. Muna", "Kota Kendari"]),
        new(21, 81, "Prov. Maluku", ["Kab. Maluku Tengah", "Kab. Seram Bagian Barat", "Kota Ambon"]),
        new(22, 51, "Prov. Bali", ["Kab. Gianyar", "Kab. Tabanan", "Kota Denpasar"]),
        new(23, 52, "Prov. Nusa Tenggara Barat", ["Kab. Lombok Timur", "Kab. Bima", "Kota Mataram"]),
        new(24, 53, "Prov. Nusa Tenggara Timur", ["Kab. Kupang", "Kab. Manggarai", "Kota Kupang"]),
        new(25, 91, "Prov. Papua", ["Kab. Jayapura", "Kab. Biak Numfor", "Kota Jayapura"]),
        new(26, 17, "Prov. Bengkulu", ["Kab. Rejang Lebong", "Kab. Bengkulu Utara", "Kota Bengkulu"]),
        new(27, 82, "Prov. Maluku Utara", ["Kab. Halmahera Utara", "Kab. Halmahera Selatan", "Kota Ternate"]),
        new(28, 36, "Prov. Banten", ["Kab. Tangerang", "Kab. Serang", "Kota Tangerang Selatan"]),
        new(29, 19, "Prov. Kepulauan Bangka Belitung", ["Kab. Bangka", "Kab. Belitung", "Kota Pangkal Pinang"]),
        new(30, 75, "Prov. Gorontalo", ["Kab. Gorontalo", "Kab. Boalemo", "Kota Gorontalo"]),
        new(31, 21, "Prov. Kepulauan Riau", ["Kab. Bintan", "Kab. Karimun", "Kota Batam"]),
        new(32, 92, "Prov. Papua Barat", ["Kab. Manokwari", "Kab. Fakfak", "Kab. Teluk Bintuni"]),
        new(33, 76, "Prov. Sulawesi Barat", ["Kab. Mamuju", "Kab. Polewali Mandar", "Kab. Majene"]),
        new(34, 65, "Prov. Kalimantan Utara", ["Kab. Bulungan", "Kab. Nunukan", "Kota Tarakan"]),
        new(35, 93, "Prov. Papua Selatan", ["Kab. Merauke", "Kab. Mappi", "Kab. Boven Digoel"]),
        new(36, 94, "Prov. Papua Tengah", ["Kab. Nabire", "Kab. Mimika", "Kab. Paniai"]),
        new(37, 95, "Prov. Papua Pegunungan", ["Kab. Jayawijaya", "Kab. Lanny Jaya", "Kab. Tolikara"]),
        new(38, 96, "Prov. Papua Barat Daya", ["Kota Sorong", "Kab. Sorong", "Kab. Raja Ampat"]),
    ];

    /// <summary>Share of the national learners per province (Java heavy), same order as <see cref="All"/>.</summary>
    public static readonly double[] Weights =
    [
        3.5, 18, 12, 1.3, 14, 2, 5.5, 2, 2.5, 1.3, 3.2, 3.2, 2, 1, 1.5, 1.4, 0.9, 1.1, 3.3, 1, 0.7, 1.4, 2, 2.2, 0.9,
        0.7, 0.5, 4.5, 0.5, 0.4, 0.7, 0.3, 0.5, 0.3, 0.2, 0.4, 0.4, 0.2,
    ];

    private static readonly string[] KecamatanSuffixes = [" Kota", " Barat", " Timur", " Utara", " Selatan", " Tengah", " Baru"];

    /// <summary>The kecamatan name of code <paramref name="kecamatan"/> (1–6) in a kabupaten/kota.</summary>
    public static string KecamatanName(string kabupaten, int kecamatan)
    {
        var core = kabupaten.StartsWith("Kab. ", StringComparison.Ordinal) || kabupaten.StartsWith("Kota ", StringComparison.Ordinal)
            ? kabupaten[(kabupaten.IndexOf(' ') + 1)..]
            : kabupaten;
        var suffix = KecamatanSuffixes[kecamatan % KecamatanSuffixes.Length];
        return core.EndsWith(suffix, StringComparison.Ordinal) || core.Contains(suffix.Trim() + " ", StringComparison.Ordinal)
            ? $"Kec. {core} Baru"
            : $"Kec. {core}{suffix}";
    }

    /// <summary>The kabupaten/kota part of the code: kabupaten from 01, kota from 60 (Dapodik), 71 in NIKs (Kemendagri).</summary>
    public static (int Dapodik, int Nik) KabupatenCode(string kabupaten, int position)
    {
        var kota = kabupaten.StartsWith("Kota ", StringComparison.Ordinal);
        return kota ? (60 + position, 71 + position) : (1 + position, 1 + position);
    }
}
