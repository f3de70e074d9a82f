using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Runs;

/// <summary>
/// What a run hands the grains from Dapodik: the school row (<c>sekolah.csv</c>) as a <see cref="SchoolInfo"/>, and each account
/// the circular gives the school's rows (<see cref="Eligibility"/>: role, jenjang, names, numbers) as the <see cref="AccountSpec"/>
/// its grain provisions, in the school's org unit. Pure.
/// </summary>
public static class DapodikMapping
{
    public static SchoolInfo School(Sekolah sekolah) => new(
        sekolah.Npsn, sekolah.Nama, sekolah.BentukPendidikanId, sekolah.KodeWilayah, sekolah.Kecamatan, sekolah.KabupatenKota, sekolah.Provinsi);

    /// <summary>The specs of a school's eligible accounts, in the candidates' order.</summary>
    /// <exception cref="ArgumentException">The school cannot be placed in Google (its names or NPSN make no org unit); says what to fix.</exception>
    public static List<AccountSpec> Accounts(SchoolInfo school, IEnumerable<AccountCandidate> candidates)
    {
        var orgUnit = OrgUnitPaths.For(school.Provinsi, school.KabupatenKota, school.Npsn);
        return candidates.Select(c => Account(c, school.Npsn, orgUnit)).ToList();
    }

    /// <summary>One account: the candidate's key, role, jenjang, Dapodik id, name and numbers (never its NIK), at its school.</summary>
    public static AccountSpec Account(AccountCandidate candidate, string npsn, string orgUnitPath) => new(
        candidate.AccountKey, candidate.Role, candidate.Jenjang, npsn, candidate.DapodikId, candidate.Nama,
        candidate.NisnNuptk, candidate.Tingkat, candidate.Rombel, orgUnitPath);
}
