using Belajar.Domain;

namespace Belajar.Dapodik;

/// <summary>
/// Who gets an account (Surat Edaran Sesjen No. 37/2020, point 3), as pure rules over one school's roster.
/// </summary>
public static class Eligibility
{
    /// <summary>Evaluates every person and role of a roster: one candidate per account, or the reason why not.</summary>
    public static EligibilityResult Evaluate(SchoolRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var accounts = new List<AccountCandidate>();
        var notEligible = new List<NotEligibleEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var bentuk = roster.Sekolah.BentukPendidikanId;

        void Add(AccountCandidate candidate)
        {
            if (keys.Add(candidate.AccountKey))
            {
                accounts.Add(candidate);
            }
        }

        foreach (var learner in roster.Learners)
        {
            var id = Id(learner.PesertaDidikId);
            if (LearnerReason(bentuk, learner.Tingkat, learner.Nisn) is { } reason)
            {
                notEligible.Add(new NotEligibleEntry(id, reason));
                continue;
            }

            Add(new AccountCandidate($"pd-{id}", AccountRole.PesertaDidik, JenjangOf(bentuk, learner.Tingkat)!.Value, id,
                learner.Nama, learner.Nisn, learner.Tingkat, learner.NamaRombel, learner.Nik));
        }

        var staffJenjang = StaffJenjang(bentuk, roster.Learners);
        var staffById = new Dictionary<Guid, Ptk>();
        foreach (var ptk in roster.Staff)
        {
            staffById.TryAdd(ptk.PtkId, ptk);
            var id = Id(ptk.PtkId);
            if (StaffReason(bentuk, ptk.JenisPtkId) is { } reason)
            {
                notEligible.Add(new NotEligibleEntry(id, reason));
                continue;
            }

            var head = ptk.JenisPtkId == JenisPtk.KepalaSekolah;
            Add(new AccountCandidate(head ? $"adm-{id}" : $"guru-{id}", head ? AccountRole.KepalaSekolah : AccountRole.Guru,
                staffJenjang, id, ptk.Nama, ptk.Nuptk, null, null, ptk.Nik));
        }

        foreach (var pengguna in roster.Operators)
        {
            var id = Id(pengguna.PenggunaId);
            if (OperatorReason(bentuk, pengguna, staffById) is { } reason)
            {
                notEligible.Add(new NotEligibleEntry(id, reason));
                continue;
            }

            if (pengguna.PtkId is { } ptkId)
            {
                var ptk = staffById[ptkId];
                var ptkKey = Id(ptkId);
                Add(new AccountCandidate($"adm-{ptkKey}", AccountRole.Operator, staffJenjang, ptkKey, ptk.Nama, ptk.Nuptk,
                    null, null, ptk.Nik));
            }
            else
            {
                Add(new AccountCandidate($"adm-{id}", AccountRole.Operator, staffJenjang, id, pengguna.Nama, null, null, null,
                    null));
            }
        }

        return new EligibilityResult(accounts, notEligible);
    }

    /// <summary>
    /// The jenjang of a school form, and for PKBM/SKB of the Paket a grade belongs to (A: 1–6 SD, B: 7–9 SMP,
    /// C: 10–12 SMA). Null for out-of-scope forms, and for PKBM/SKB without a grade in 1–12.
    /// </summary>
    public static Jenjang? JenjangOf(int bentukPendidikanId, int? tingkat) => bentukPendidikanId switch
    {
        BentukPendidikan.SD => Jenjang.SD,
        BentukPendidikan.SMP => Jenjang.SMP,
        BentukPendidikan.SMA => Jenjang.SMA,
        BentukPendidikan.SMK => Jenjang.SMK,
        BentukPendidikan.SDLB or BentukPendidikan.SMPLB or BentukPendidikan.SMLB or BentukPendidikan.SLB => Jenjang.SLB,
        BentukPendidikan.PKBM or BentukPendidikan.SKB => tingkat switch
        {
            >= 1 and <= 6 => Jenjang.SD,
            >= 7 and <= 9 => Jenjang.SMP,
            >= 10 and <= 12 => Jenjang.SMA,
            _ => null,
        },
        _ => null,
    };

    /// <summary>The grades that get a learner account in a jenjang: SD 5–6, SMP 7–9, SMA 10–12, SMK 10–13, SLB 5–12.</summary>
    public static (int Min, int Max) EligibleGrades(Jenjang jenjang) => jenjang switch
    {
        Jenjang.SD => (5, 6),
        Jenjang.SMP => (7, 9),
        Jenjang.SMA => (10, 12),
        Jenjang.SMK => (10, 13),
        Jenjang.SLB => (5, 12),
        _ => throw new ArgumentOutOfRangeException(nameof(jenjang), jenjang, "unknown jenjang"),
    };

    /// <summary>Why a learner gets no account, or null when the learner is eligible.</summary>
    public static string? LearnerReason(int bentukPendidikanId, int tingkat, string? nisn)
    {
        if (!BentukPendidikan.InScope(bentukPendidikanId))
        {
            return OutOfScope(bentukPendidikanId);
        }

        var nonFormal = BentukPendidikan.IsNonFormal(bentukPendidikanId);
        if (JenjangOf(bentukPendidikanId, tingkat) is not { } jenjang)
        {
            return $"tingkat di luar rentang untuk {BentukPendidikan.Name(bentukPendidikanId)} (Paket A 1–6, B 7–9, C 10–12)";
        }

        var (min, max) = EligibleGrades(jenjang);
        if (tingkat < min || tingkat > max)
        {
            var what = nonFormal ? $"Paket {PaketOf(jenjang)}" : BentukPendidikan.Name(bentukPendidikanId);
            return $"tingkat di luar rentang untuk {what} (berhak {min}–{max})";
        }

        return string.IsNullOrEmpty(nisn) ? "nisn kosong" : null;
    }

    /// <summary>Why a PTK gets no account of its own, or null for a teacher (guru) or the head of an in-scope school.</summary>
    public static string? StaffReason(int bentukPendidikanId, int? jenisPtkId)
    {
        if (!BentukPendidikan.InScope(bentukPendidikanId))
        {
            return OutOfScope(bentukPendidikanId);
        }

        if (JenisPtk.IsNotFilled(jenisPtkId))
        {
            return "jenis_ptk_id tidak diisi";
        }

        return JenisPtk.IsGuru(jenisPtkId) || jenisPtkId == JenisPtk.KepalaSekolah
            ? null
            : $"tenaga yang bukan guru maupun kepala sekolah (jenis_ptk_id {jenisPtkId})";
    }

    private static string? OperatorReason(int bentuk, Pengguna pengguna, Dictionary<Guid, Ptk> staff)
    {
        if (!pengguna.IsOperator)
        {
            return $"peran {pengguna.Peran} bukan operator";
        }

        if (!BentukPendidikan.InScope(bentuk))
        {
            return OutOfScope(bentuk);
        }

        if (pengguna.PtkId is { } ptkId)
        {
            return staff.ContainsKey(ptkId) ? null : "ptk_id tidak merujuk ke PTK sekolah ini";
        }

        // the account is named from pengguna.nama: the operator keeps the sign-in, but gets no account under a name with no letter
        return NameRules.Problem(pengguna.Nama) is null ? null : "nama tidak memuat huruf";
    }

    private static Jenjang StaffJenjang(int bentuk, IReadOnlyList<PesertaDidik> learners)
    {
        if (JenjangOf(bentuk, null) is { } jenjang)
        {
            return jenjang;
        }

        // PKBM/SKB: staff belong to the highest Paket the centre teaches; SD when it has no learners.
        var highest = Jenjang.SD;
        foreach (var learner in learners)
        {
            if (JenjangOf(bentuk, learner.Tingkat) is { } j && j > highest)
            {
                highest = j;
            }
        }

        return highest;
    }

    private static char PaketOf(Jenjang jenjang) => jenjang switch
    {
        Jenjang.SD => 'A',
        Jenjang.SMP => 'B',
        _ => 'C',
    };

    private static string OutOfScope(int bentuk) => $"bentuk sekolah di luar cakupan ({BentukPendidikan.Name(bentuk)})";

    private static string Id(Guid id) => id.ToString("D");
}
