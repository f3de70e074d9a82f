using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Domain;
using Belajar.Grains.Accounts;

namespace Belajar.Lifecycle.Tests;

/// <summary>Test schools: the n-th school (its own NPSN and kabupaten) and the specs of its learners.</summary>
public static class TestSchools
{
    private static readonly string[] Names = ["Ani", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lukman"];

    public static (SchoolInfo School, List<AccountSpec> Specs) Create(int n, int accounts, int npsnBase = 70000000)
    {
        var school = new SchoolInfo($"{npsnBase + n}", $"SD Negeri {n} Uji", 5, $"{10 + n:D2}0101", "Kec. Uji", $"Kab. Uji {n}", $"Prov. Uji {n}");
        var orgUnit = OrgUnitPaths.For(school.Provinsi, school.KabupatenKota, school.Npsn);
        var specs = Enumerable.Range(0, accounts)
            .Select(i => new AccountSpec($"pd-{school.Npsn}{i:D4}", AccountRole.PesertaDidik, Jenjang.SD, school.Npsn, $"{school.Npsn}{i:D4}",
                $"{Names[i % Names.Length]} {Names[(i / Names.Length + n) % Names.Length]} Uji", null, 3, "3A", orgUnit))
            .ToList();
        return (school, specs);
    }
}
