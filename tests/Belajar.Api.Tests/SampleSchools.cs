using Belajar.Domain;
using Belajar.Abstractions.Accounts;
using Belajar.Dapodik;
using static Belajar.Api.Tests.InMemorySchoolAccounts;

namespace Belajar.Api.Tests;

/// <summary>The two schools of the tests, with the awkward values a download must survive.</summary>
public static class SampleSchools
{
    public const string LearnerUserId = "siti.aminah@belajar.id";
    public const string LearnerPassword = "Ab3-xyz9Q";
    public const string ActivatedUserId = "budi.santoso@belajar.id";
    public const string FormulaName = "=HYPERLINK(\"http://x.example\",\"klik\")";

    public static void Seed(InMemorySchoolAccounts schools)
    {
        schools.AddSchool(
            TestApi.SchoolA,
            Account(TestApi.SchoolA, AccountRole.PesertaDidik, "Siti \"Ani\" Aminah, S.", "0012345678", LearnerUserId, LearnerPassword, tingkat: 5, rombel: "5A"),
            Account(TestApi.SchoolA, AccountRole.PesertaDidik, "Budi Santoso", "0098765432", ActivatedUserId, "Lama-123", AccountStatus.Activated, 6, "6B"),
            Account(TestApi.SchoolA, AccountRole.PesertaDidik, FormulaName, "0011111111", "injeksi@belajar.id", "+cmd|' /C calc'!A0", tingkat: 5, rombel: "@SUM(A1)"),
            Account(TestApi.SchoolA, AccountRole.PesertaDidik, "Dewi\r\nBaris", "0022222222", "dewi@belajar.id", "-2+3", AccountStatus.Distributed, 5, "\tTab"),
            Account(TestApi.SchoolA, AccountRole.Guru, "Pak Guru", "1234567890123456", "guru@belajar.id", "Guru-Pw1", tingkat: null),
            Account(TestApi.SchoolA, AccountRole.KepalaSekolah, "Bu Kepala", null, "kepsek@belajar.id", "Kepsek-Pw1"),
            Account(TestApi.SchoolA, AccountRole.Operator, "Operator Sekolah A", null, "operator.a@belajar.id", "Op-Pw1", AccountStatus.Deactivated));
        schools.AddSchool(
            TestApi.SchoolB,
            Account(TestApi.SchoolB, AccountRole.PesertaDidik, "Anak Sekolah B", "0033333333", "anak.b@belajar.id", "PwB-1", tingkat: 7, rombel: "7A"));
    }
}
