using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Domain;
using Belajar.Grains.Runs;

namespace Belajar.Grains.Tests.Runs;

public class DapodikMappingTests
{
    private static readonly Guid SchoolId = Guid.Parse("0b9e5a5e-1111-4c1e-9c1e-000000000001");
    private static readonly Guid LearnerId = Guid.Parse("6f1c2d3e-2222-4c1e-9c1e-000000000002");
    private static readonly Guid TeacherId = Guid.Parse("7a1c2d3e-3333-4c1e-9c1e-000000000003");
    private static readonly Guid HeadId = Guid.Parse("8b1c2d3e-4444-4c1e-9c1e-000000000004");
    private static readonly Guid OperatorId = Guid.Parse("9c1c2d3e-5555-4c1e-9c1e-000000000005");

    private static readonly Sekolah Sekolah = new(SchoolId, "20219123", "SMP Negeri 1 Bandung", BentukPendidikan.SMP, "Negeri",
        "026001", "Kec. Sumur Bandung", "Kota Bandung", "Prov. Jawa Barat");

    private static readonly SchoolInfo School = DapodikMapping.School(Sekolah);

    private static List<AccountSpec> Specs(SchoolRoster roster) => DapodikMapping.Accounts(School, Eligibility.Evaluate(roster).Accounts);

    private static SchoolRoster Roster(IReadOnlyList<PesertaDidik>? learners = null, IReadOnlyList<Ptk>? staff = null, IReadOnlyList<Pengguna>? operators = null) =>
        new(Sekolah, learners ?? [], staff ?? [], operators ?? []);

    [Fact]
    public void The_school_row_becomes_the_school_with_its_region_codes_and_names()
    {
        Assert.Equal(new SchoolInfo("20219123", "SMP Negeri 1 Bandung", BentukPendidikan.SMP, "026001", "Kec. Sumur Bandung", "Kota Bandung", "Prov. Jawa Barat"), School);
        Assert.Equal("026000", School.KodeKabupaten);
        Assert.Equal("020000", School.KodeProvinsi);
    }

    [Fact]
    public void A_learner_row_becomes_a_learner_account_with_nisn_grade_and_class_group_at_the_school_level()
    {
        var learner = new PesertaDidik(LearnerId, "0091234567", "3273014507100002", "Siti Nurhaliza", 'P', new DateOnly(2010, 7, 5), SchoolId, 8, "8B");

        var spec = Assert.Single(Specs(Roster(learners: [learner])));

        Assert.Equal(new AccountSpec($"pd-{LearnerId}", AccountRole.PesertaDidik, Jenjang.SMP, "20219123", LearnerId.ToString(), "Siti Nurhaliza",
            "0091234567", 8, "8B", "/Prov. Jawa Barat/Kota Bandung/20219123"), spec);
    }

    [Fact]
    public void A_teacher_becomes_a_guru_account_and_the_head_an_admin_account_both_with_their_nuptk_and_no_grade()
    {
        var teacher = new Ptk(TeacherId, "1234567890123456", null, "Budi Santoso, S.Pd.", 'L', new DateOnly(1980, 1, 2), SchoolId, 3);
        var head = new Ptk(HeadId, null, null, "Dra. Rina Wati", 'P', new DateOnly(1970, 3, 4), SchoolId, JenisPtk.KepalaSekolah);

        var specs = Specs(Roster(staff: [teacher, head])).ToDictionary(s => s.AccountKey);

        var guru = specs[$"guru-{TeacherId}"];
        Assert.Equal((AccountRole.Guru, Jenjang.SMP, "Budi Santoso, S.Pd.", "1234567890123456", TeacherId.ToString()), (guru.Role, guru.Jenjang, guru.Nama, guru.NisnNuptk, guru.DapodikId));
        Assert.Null(guru.Tingkat);
        Assert.Null(guru.Rombel);
        var kepala = specs[$"adm-{HeadId}"];
        Assert.Equal((AccountRole.KepalaSekolah, Jenjang.SMP, "Dra. Rina Wati", (string?)null), (kepala.Role, kepala.Jenjang, kepala.Nama, kepala.NisnNuptk));
        Assert.All(specs.Values, s => Assert.Equal("20219123", s.Npsn));
    }

    [Fact]
    public void An_operator_without_a_ptk_row_is_named_from_the_dapodik_user()
    {
        var user = new Pengguna(OperatorId, "operator.20219123", "Andi Operator", SchoolId, Pengguna.OperatorPeran, null, "hash");

        var spec = Assert.Single(Specs(Roster(operators: [user])));

        Assert.Equal((AccountRole.Operator, Jenjang.SMP, "Andi Operator", OperatorId.ToString(), $"adm-{OperatorId}"), (spec.Role, spec.Jenjang, spec.Nama, spec.DapodikId, spec.AccountKey));
    }

    [Theory]
    [InlineData(BentukPendidikan.SD, 6, Jenjang.SD)]
    [InlineData(BentukPendidikan.SMA, 11, Jenjang.SMA)]
    [InlineData(BentukPendidikan.SMK, 13, Jenjang.SMK)]
    [InlineData(BentukPendidikan.SDLB, 7, Jenjang.SLB)]
    [InlineData(BentukPendidikan.PKBM, 8, Jenjang.SMP)]
    public void The_jenjang_of_an_account_comes_from_the_school_form_and_the_grade(int bentuk, int tingkat, Jenjang jenjang)
    {
        var roster = new SchoolRoster(Sekolah with { BentukPendidikanId = bentuk },
            [new PesertaDidik(LearnerId, "0091234567", null, "Dewi Lestari", 'P', new DateOnly(2010, 1, 1), SchoolId, tingkat, null)], [], []);

        var spec = Assert.Single(DapodikMapping.Accounts(DapodikMapping.School(roster.Sekolah), Eligibility.Evaluate(roster).Accounts));

        Assert.Equal(jenjang, spec.Jenjang);
    }

    [Fact]
    public void A_school_that_makes_no_org_unit_is_refused_naming_what_to_fix()
    {
        var school = School with { KabupatenKota = "///" };
        var learner = new PesertaDidik(LearnerId, "0091234567", null, "Siti", 'P', new DateOnly(2010, 1, 1), SchoolId, 8, null);

        var error = Assert.Throws<ArgumentException>(() => DapodikMapping.Accounts(school, Eligibility.Evaluate(Roster(learners: [learner])).Accounts));

        Assert.Contains("///", error.Message, StringComparison.Ordinal);
    }
}
