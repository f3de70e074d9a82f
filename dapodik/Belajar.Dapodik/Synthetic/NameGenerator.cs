namespace Belajar.Dapodik.Synthetic;

/// <summary>Realistic Indonesian names, drawn from a seeded <see cref="Random"/> (deterministic).</summary>
internal sealed class NameGenerator(Random rng)
{
    private static readonly string[] Male =
    [
        "Budi", "Agus", "Ahmad", "Andi", "Dedi", "Eko", "Joko", "Rudi", "Hendra", "Yusuf", "Rizky", "Fajar", "Dimas",
        "Bayu", "Arif", "Wahyu", "Adi", "Teguh", "Bambang", "Hadi", "Iwan", "Reza", "Ilham", "Aditya", "Farhan", "Galih",
        "Haris", "Irfan", "Lukman", "Nanda", "Rangga", "Surya", "Taufik", "Yoga", "Zaki", "Ma'ruf", "Syafi'i", "Ja'far",
    ];

    private static readonly string[] Female =
    [
        "Dewi", "Sri", "Ani", "Rina", "Wati", "Fitri", "Indah", "Ayu", "Putri", "Nurul", "Lestari", "Wulan", "Ratna",
        "Yuni", "Dian", "Eka", "Maya", "Nadia", "Rahma", "Salsabila", "Aisyah", "Anisa", "Citra", "Intan", "Kartika",
        "Mega", "Novi", "Puspita", "Rini", "Sari", "Tika", "Utami", "Yanti", "Zahra", "Nur'aini", "Nur-Hidayah", "Ma’rifah",
    ];

    private static readonly string[] Surnames =
    [
        "Pratama", "Saputra", "Santoso", "Wijaya", "Hidayat", "Nugroho", "Setiawan", "Kurniawan", "Permana", "Ramadhan",
        "Firmansyah", "Hakim", "Syahputra", "Prasetyo", "Susanto", "Gunawan", "Wibowo", "Purnomo", "Utomo", "Abdul-Aziz",
    ];

    private static readonly string[] FemaleSurnames =
    [
        "Hasanah", "Rahmawati", "Lestari", "Handayani", "Wulandari", "Safitri", "Maharani", "Puspitasari", "Anggraini",
        "Kusumawati", "Permatasari", "Rahayu", "Fitriani", "Susanti", "Oktaviani", "Nur-Azizah",
    ];

    private static readonly string[] SingleWord =
        ["Suparman", "Sukarni", "Paiman", "Tukiyem", "Wagiman", "Mulyono", "Sutarni", "Painem", "Sumarno", "Karsih"];

    private static readonly string[] Batak =
    [
        "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sihombing", "Hutagalung", "Sitorus", "Lubis", "Pardede",
        "Manurung", "Situmorang", "Tampubolon", "Panjaitan", "Sinaga", "Silalahi", "Nainggolan",
    ];

    private static readonly string[] ChineseGiven =
        ["Kevin", "Michael", "Jessica", "Stevani", "Felix", "Vincent", "Jennifer", "Cindy", "Wilson", "Yohanes", "Liem Swie", "Tan Ai"];

    private static readonly string[] ChineseFamily =
        ["Tan", "Lim", "Halim", "Salim", "Tanoto", "Tjandra", "Gozali", "Hartono", "Lie", "Ong", "Gunadi", "Tanuwijaya", "Widjaja"];

    private static readonly string[] BaliPrefixMale = ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Putu", "Putu", "Kadek", "Komang"];
    private static readonly string[] BaliPrefixFemale = ["Ni Luh", "Ni Made", "Ni Ketut", "Ni Kadek", "Ni Putu", "Ni Komang"];
    private static readonly string[] BaliNames = ["Artawan", "Sudiarta", "Suarjana", "Ayu", "Sri Wahyuni", "Adi Putra", "Darmawan", "Ariani", "Dewi Lestari"];

    private static readonly string[] EasternGiven = ["Yohanes", "Maria", "Frans", "Yosina", "Petrus", "Agustina", "Markus", "Elisabeth", "Stefanus"];

    private static readonly string[] EasternFamily =
    [
        "Wenda", "Tabuni", "Kogoya", "Rumbiak", "Lado", "Bria", "Nahak", "Seran", "Tefa", "Pattinama", "Latuconsina",
        "Sahetapy", "Lumenta", "Sondakh", "Rondonuwu",
    ];

    private static readonly string[] PrefixTitles = ["Drs.", "Dra.", "Hj.", "H.", "Ir.", "Dr."];
    private static readonly string[] SuffixTitles = ["S.Pd.", "M.Pd.", "S.Pd.I.", "S.Ag.", "S.Kom.", "S.Si.", "S.E.", "M.Si.", "Gr.", "S.Th."];

    /// <summary>A full name for a person of the given sex in the given province (Dapodik province code).</summary>
    public string Person(char jenisKelamin, int provinceCode)
    {
        var female = jenisKelamin == 'P';
        var roll = rng.NextDouble();
        switch (provinceCode)
        {
            case 22 when roll < 0.8:
                return $"{Pick(female ? BaliPrefixFemale : BaliPrefixMale)} {Pick(BaliNames)}";
            case 7 when roll < 0.5:
                return $"{Given(female)} {Pick(Batak)}";
            case 17 or 21 or 24 or 25 or 32 or 35 or 36 or 37 or 38 when roll < 0.6:
                return $"{Pick(EasternGiven)} {Pick(EasternFamily)}";
        }

        roll = rng.NextDouble();
        return roll switch
        {
            < 0.08 => Pick(SingleWord),
            < 0.16 when !female => $"{Pick(["Muhammad", "Muhamad", "M.", "Mohammad"])} {Pick(Male)} {Pick(Surnames)}",
            < 0.16 => $"Siti {Pick(Female)}",
            < 0.21 => $"Nur {Given(female)}",
            < 0.24 => $"{Pick(ChineseGiven)} {Pick(ChineseFamily)}",
            < 0.55 => Given(female),
            _ => $"{Given(female)} {Pick(female ? FemaleSurnames : Surnames)}",
        };
    }

    /// <summary>A teacher's name: the person's name with academic and religious titles, as Dapodik stores them.</summary>
    public string WithTitles(string name, char jenisKelamin)
    {
        var prefix = rng.NextDouble() switch
        {
            < 0.08 => jenisKelamin == 'P' ? "Dra. " : "Drs. ",
            < 0.14 => jenisKelamin == 'P' ? "Hj. " : "H. ",
            < 0.16 => $"{Pick(PrefixTitles)} ",
            _ => string.Empty,
        };
        var suffix = rng.NextDouble() switch
        {
            < 0.55 => ", S.Pd.",
            < 0.70 => ", S.Pd., M.Pd.",
            < 0.85 => $", {Pick(SuffixTitles)}",
            _ => string.Empty,
        };
        return prefix + name + suffix;
    }

    private string Given(bool female) => Pick(female ? Female : Male);

    private string Pick(string[] values) => values[rng.Next(values.Length)];
}
