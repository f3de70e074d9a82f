using Belajar.Domain;

namespace Belajar.Dapodik.Tests;

public class EligibilityRosterTests
{
    private static readonly Guid SchoolId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Learner_teacher_and_head_get_pd_guru_and_adm_keys_in_lower_case()
    {
        var learner = Learner(6);
        var teacher = Staff(4);
        var head = Staff(JenisPtk.KepalaSekolah);
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.SMP, [Learner(8) with { PesertaDidikId = learner.PesertaDidikId }], [teacher, head], []));

        Assert.Equal(
            [
                ($"pd-{Lower(learner.PesertaDidikId)}", AccountRole.PesertaDidik, Jenjang.SMP),
                ($"guru-{Lower(teacher.PtkId)}", AccountRole.Guru, Jenjang.SMP),
                ($"adm-{Lower(head.PtkId)}", AccountRole.KepalaSekolah, Jenjang.SMP),
            ],
            result.Accounts.Select(a => (a.AccountKey, a.Role, a.Jenjang)));
        Assert.Empty(result.NotEligible);
    }

    [Fact]
    public void Learner_account_carries_nisn_grade_rombel_and_nik()
    {
        var learner = Learner(5);
        var account = Assert.Single(Eligibility.Evaluate(Roster(BentukPendidikan.SD, [learner], [], [])).Accounts);
        Assert.Equal(new AccountCandidate($"pd-{Lower(learner.PesertaDidikId)}", AccountRole.PesertaDidik, Jenjang.SD,
            Lower(learner.PesertaDidikId), learner.Nama, learner.Nisn, 5, "5A", learner.Nik), account);
    }

    [Fact]
    public void Head_who_is_also_the_operator_gets_one_adm_account_as_kepala_sekolah()
    {
        var head = Staff(JenisPtk.KepalaSekolah);
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.SD, [], [head], [Operator(head.PtkId)]));

        var account = Assert.Single(result.Accounts);
        Assert.Equal(($"adm-{Lower(head.PtkId)}", AccountRole.KepalaSekolah), (account.AccountKey, account.Role));
    }

    [Fact]
    public void Teacher_who_is_also_operator_gets_a_guru_and_an_adm_account()
    {
        var teacher = Staff(3);
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.SD, [], [teacher], [Operator(teacher.PtkId)]));

        Assert.Equal(
            [($"guru-{Lower(teacher.PtkId)}", AccountRole.Guru), ($"adm-{Lower(teacher.PtkId)}", AccountRole.Operator)],
            result.Accounts.Select(a => (a.AccountKey, a.Role)));
        Assert.Equal(teacher.Nuptk, result.Accounts[1].NisnNuptk);
    }

    [Fact]
    public void Librarian_who_is_operator_gets_only_the_adm_account()
    {
        var librarian = Staff(40);
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.SMA, [], [librarian], [Operator(librarian.PtkId)]));

        Assert.Equal([($"adm-{Lower(librarian.PtkId)}", AccountRole.Operator)], result.Accounts.Select(a => (a.AccountKey, a.Role)));
        Assert.Equal("tenaga yang bukan guru maupun kepala sekolah (jenis_ptk_id 40)", Assert.Single(result.NotEligible).Reason);
    }

    [Fact]
    public void Operator_without_ptk_gets_adm_of_the_pengguna_id()
    {
        var op = Operator(null);
        var account = Assert.Single(Eligibility.Evaluate(Roster(BentukPendidikan.SMK, [], [], [op])).Accounts);
        Assert.Equal(($"adm-{Lower(op.PenggunaId)}", AccountRole.Operator, Jenjang.SMK, op.Nama, (string?)null),
            (account.AccountKey, account.Role, account.Jenjang, account.Nama, account.Nik));
    }

    [Fact]
    public void Users_that_are_not_operators_get_no_account()
    {
        var user = Operator(null) with { Peran = "pengawas" };
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.SD, [], [], [user]));
        Assert.Empty(result.Accounts);
        Assert.Equal(new NotEligibleEntry(Lower(user.PenggunaId), "peran pengawas bukan operator"), Assert.Single(result.NotEligible));
    }

    [Fact]
    public void Nobody_at_an_out_of_scope_school_gets_an_account()
    {
        var teacher = Staff(3);
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.MI, [Learner(6)], [teacher, Staff(20)], [Operator(teacher.PtkId)]));
        Assert.Empty(result.Accounts);
        Assert.Equal(4, result.NotEligible.Count);
        Assert.All(result.NotEligible, e => Assert.Equal("bentuk sekolah di luar cakupan (MI)", e.Reason));
    }

    [Fact]
    public void Paket_learners_take_the_jenjang_of_their_paket_and_staff_the_highest_paket()
    {
        var a = Learner(6);
        var b = Learner(8);
        var teacher = Staff(3);
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.PKBM, [a, b, Learner(3)], [teacher], []));

        Assert.Equal([Jenjang.SD, Jenjang.SMP, Jenjang.SMP], result.Accounts.Select(x => x.Jenjang));
        Assert.Equal("tingkat di luar rentang untuk Paket A (berhak 5–6)", Assert.Single(result.NotEligible).Reason);
    }

    [Fact]
    public void A_key_is_given_once_even_when_a_row_appears_twice()
    {
        var learner = Learner(5);
        var result = Eligibility.Evaluate(Roster(BentukPendidikan.SD, [learner, learner], [], []));
        Assert.Single(result.Accounts);
    }

    private static string Lower(Guid id) => id.ToString("D");

    private static PesertaDidik Learner(int tingkat) => new(Guid.NewGuid(), "0081234567", "3171044508100001", "Siti Aminah",
        'P', new DateOnly(2010, 8, 5), SchoolId, tingkat, $"{tingkat}A");

    private static Ptk Staff(int? jenis) => new(Guid.NewGuid(), "1234567890123456", "3171040508750002", "Drs. Ahmad, M.Pd.",
        'L', new DateOnly(1975, 8, 5), SchoolId, jenis);

    private static Pengguna Operator(Guid? ptkId) => new(Guid.NewGuid(), "op@sdn1.sch.id", "Operator Satu", SchoolId, "operator",
        ptkId, SnapshotBuilder.Hash);

    private static SchoolRoster Roster(int bentuk, PesertaDidik[] learners, Ptk[] staff, Pengguna[] operators) =>
        new(new Sekolah(SchoolId, "20100001", "Sekolah", bentuk, "Negeri", "016001", "Kec. Kebayoran Baru", "Kota Jakarta Selatan",
            "Prov. D.K.I. Jakarta"), learners, staff, operators);
}
