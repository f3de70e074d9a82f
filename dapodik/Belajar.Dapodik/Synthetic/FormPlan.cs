namespace Belajar.Dapodik.Synthetic;

/// <summary>A school form with its national share of schools, its typical size and how its schools are named.</summary>
internal sealed record FormPlan(int Bentuk, double Weight, int MeanLearners, string[] NamePatterns)
{
    public static readonly FormPlan[] All =
    [
        new(BentukPendidikan.SD, 0.600, 150, ["SD Negeri {n} {k}", "SD Negeri {n} {k}", "SD Muhammadiyah {n} {k}", "SD Kristen {k}", "SD Islam Terpadu Al-Hikmah {k}"]),
        new(BentukPendidikan.SMP, 0.170, 280, ["SMP Negeri {n} {k}", "SMP Negeri {n} {k}", "SMP PGRI {n} {k}", "SMP Katolik Santo Yosef {k}"]),
        new(BentukPendidikan.SMA, 0.065, 360, ["SMA Negeri {n} {k}", "SMA Negeri {n} {k}", "SMA Muhammadiyah {n} {k}", "SMA Kristen {k}"]),
        new(BentukPendidikan.SMK, 0.060, 380, ["SMK Negeri {n} {k}", "SMK PGRI {n} {k}", "SMK Ma'arif {n} {k}"]),
        new(BentukPendidikan.SLB, 0.006, 60, ["SLB Negeri {k}", "SLB-B Karya Mulia {k}", "SLB Pembina {k}"]),
        new(BentukPendidikan.SDLB, 0.002, 40, ["SDLB Negeri {k}"]),
        new(BentukPendidikan.SMPLB, 0.001, 30, ["SMPLB Negeri {k}"]),
        new(BentukPendidikan.SMLB, 0.001, 30, ["SMLB Negeri {k}"]),
        new(BentukPendidikan.PKBM, 0.045, 80, ["PKBM Bina Insan {k}", "PKBM Harapan Bangsa {n}", "PKBM Tunas Mekar {k}"]),
        new(BentukPendidikan.SKB, 0.005, 90, ["SKB {k}"]),
        new(BentukPendidikan.TK, 0.030, 45, ["TK Pertiwi {n} {k}", "TK Aisyiyah Bustanul Athfal {n}"]),
        new(BentukPendidikan.MI, 0.015, 150, ["MI Nurul Huda {k}", "MI Miftahul Ulum {n}"]),
    ];

    /// <summary>The forms the first schools take in turn, so even a small sample shows every kind.</summary>
    public static readonly int[] FirstForms =
    [
        BentukPendidikan.SD, BentukPendidikan.SMP, BentukPendidikan.SMA, BentukPendidikan.SMK, BentukPendidikan.SLB,
        BentukPendidikan.PKBM, BentukPendidikan.SD, BentukPendidikan.SMP, BentukPendidikan.TK, BentukPendidikan.SD,
    ];

    public static FormPlan Of(int bentuk) => Array.Find(All, f => f.Bentuk == bentuk)!;

    public static FormPlan Pick(Random rng)
    {
        var roll = rng.NextDouble();
        foreach (var form in All)
        {
            roll -= form.Weight;
            if (roll < 0)
            {
                return form;
            }
        }

        return All[0];
    }
}
