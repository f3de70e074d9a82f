using Belajar.Domain;

namespace Belajar.Dapodik.Tests;

public class EligibilityRuleTests
{
    [Theory]
    [InlineData(BentukPendidikan.SD, 4, "tingkat di luar rentang untuk SD (berhak 5–6)")]
    [InlineData(BentukPendidikan.SD, 5, null)]
    [InlineData(BentukPendidikan.SD, 6, null)]
    [InlineData(BentukPendidikan.SMP, 7, null)]
    [InlineData(BentukPendidikan.SMP, 9, null)]
    [InlineData(BentukPendidikan.SMA, 10, null)]
    [InlineData(BentukPendidikan.SMA, 12, null)]
    [InlineData(BentukPendidikan.SMA, 13, "tingkat di luar rentang untuk SMA (berhak 10–12)")]
    [InlineData(BentukPendidikan.SMK, 13, null)]
    [InlineData(BentukPendidikan.SMK, 9, "tingkat di luar rentang untuk SMK (berhak 10–13)")]
    [InlineData(BentukPendidikan.SLB, 4, "tingkat di luar rentang untuk SLB (berhak 5–12)")]
    [InlineData(BentukPendidikan.SLB, 5, null)]
    [InlineData(BentukPendidikan.SLB, 12, null)]
    [InlineData(BentukPendidikan.SLB, 13, "tingkat di luar rentang untuk SLB (berhak 5–12)")]
    [InlineData(BentukPendidikan.SDLB, 5, null)]
    [InlineData(BentukPendidikan.SMPLB, 8, null)]
    [InlineData(BentukPendidikan.SMLB, 11, null)]
    [InlineData(BentukPendidikan.PKBM, 4, "tingkat di luar rentang untuk Paket A (berhak 5–6)")]
    [InlineData(BentukPendidikan.PKBM, 5, null)]
    [InlineData(BentukPendidikan.PKBM, 8, null)]
    [InlineData(BentukPendidikan.SKB, 12, null)]
    [InlineData(BentukPendidikan.SKB, 13, "tingkat di luar rentang untuk SKB (Paket A 1–6, B 7–9, C 10–12)")]
    [InlineData(BentukPendidikan.TK, 1, "bentuk sekolah di luar cakupan (TK)")]
    [InlineData(BentukPendidikan.MI, 6, "bentuk sekolah di luar cakupan (MI)")]
    [InlineData(BentukPendidikan.MTs, 8, "bentuk sekolah di luar cakupan (MTs)")]
    [InlineData(BentukPendidikan.MA, 11, "bentuk sekolah di luar cakupan (MA)")]
    [InlineData(BentukPendidikan.MAK, 11, "bentuk sekolah di luar cakupan (MAK)")]
    [InlineData(99, 6, "bentuk sekolah di luar cakupan (bentuk 99)")]
    public void Learner_with_nisn_by_form_and_grade(int bentuk, int tingkat, string? reason) =>
        Assert.Equal(reason, Eligibility.LearnerReason(bentuk, tingkat, "0081234567"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Learner_in_range_without_nisn_is_not_eligible_yet(string? nisn) =>
        Assert.Equal("nisn kosong", Eligibility.LearnerReason(BentukPendidikan.SMP, 8, nisn));

    [Fact]
    public void Grade_out_of_range_is_the_reason_before_a_missing_nisn() =>
        Assert.Equal("tingkat di luar rentang untuk SD (berhak 5–6)", Eligibility.LearnerReason(BentukPendidikan.SD, 2, null));

    [Theory]
    [InlineData(BentukPendidikan.SD, null, Jenjang.SD)]
    [InlineData(BentukPendidikan.SMP, null, Jenjang.SMP)]
    [InlineData(BentukPendidikan.SMA, null, Jenjang.SMA)]
    [InlineData(BentukPendidikan.SMK, null, Jenjang.SMK)]
    [InlineData(BentukPendidikan.SDLB, null, Jenjang.SLB)]
    [InlineData(BentukPendidikan.SMPLB, null, Jenjang.SLB)]
    [InlineData(BentukPendidikan.SMLB, null, Jenjang.SLB)]
    [InlineData(BentukPendidikan.SLB, 9, Jenjang.SLB)]
    [InlineData(BentukPendidikan.PKBM, 1, Jenjang.SD)]
    [InlineData(BentukPendidikan.PKBM, 6, Jenjang.SD)]
    [InlineData(BentukPendidikan.PKBM, 7, Jenjang.SMP)]
    [InlineData(BentukPendidikan.SKB, 9, Jenjang.SMP)]
    [InlineData(BentukPendidikan.SKB, 10, Jenjang.SMA)]
    [InlineData(BentukPendidikan.PKBM, 12, Jenjang.SMA)]
    [InlineData(BentukPendidikan.PKBM, 13, null)]
    [InlineData(BentukPendidikan.PKBM, null, null)]
    [InlineData(BentukPendidikan.TK, null, null)]
    [InlineData(BentukPendidikan.MA, 11, null)]
    public void Jenjang_of_form_and_paket(int bentuk, int? tingkat, Jenjang? expected) =>
        Assert.Equal(expected, Eligibility.JenjangOf(bentuk, tingkat));

    [Theory]
    [InlineData(BentukPendidikan.SD, 3, null)]
    [InlineData(BentukPendidikan.SMP, 4, null)]
    [InlineData(BentukPendidikan.SMA, 5, null)]
    [InlineData(BentukPendidikan.SMK, 6, null)]
    [InlineData(BentukPendidikan.SLB, 12, null)]
    [InlineData(BentukPendidikan.PKBM, 13, null)]
    [InlineData(BentukPendidikan.SKB, 14, null)]
    [InlineData(BentukPendidikan.SD, 20, null)]
    [InlineData(BentukPendidikan.SD, 99, "jenis_ptk_id tidak diisi")]
    [InlineData(BentukPendidikan.SD, null, "jenis_ptk_id tidak diisi")]
    [InlineData(BentukPendidikan.SD, 30, "tenaga yang bukan guru maupun kepala sekolah (jenis_ptk_id 30)")]
    [InlineData(BentukPendidikan.SMA, 40, "tenaga yang bukan guru maupun kepala sekolah (jenis_ptk_id 40)")]
    [InlineData(BentukPendidikan.TK, 3, "bentuk sekolah di luar cakupan (TK)")]
    [InlineData(BentukPendidikan.MTs, 20, "bentuk sekolah di luar cakupan (MTs)")]
    public void Staff_by_form_and_jenis_ptk(int bentuk, int? jenis, string? reason) =>
        Assert.Equal(reason, Eligibility.StaffReason(bentuk, jenis));
}
