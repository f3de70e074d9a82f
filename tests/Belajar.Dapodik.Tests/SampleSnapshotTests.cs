using Belajar.Dapodik.Tool;
using Belajar.Domain;

namespace Belajar.Dapodik.Tests;

/// <summary>The committed sample under <c>samples/snapshot</c>: what it holds, and that the documented command remakes it.</summary>
public class SampleSnapshotTests
{
    private static readonly string Sample = Path.Combine(RepositoryRoot(), "samples", "snapshot");

    [Fact]
    public async Task The_documented_generate_command_remakes_the_committed_sample_byte_for_byte()
    {
        using var temp = new TempFolder();
        var exit = await DapodikCli.InvokeAsync(
            ["generate", "--learners", "400", "--schools", "12", "--provinces", "4", "--seed", "2020", "--invalid-share", "0.02", "--out", temp.Path],
            new StringWriter(),
            new StringWriter());

        Assert.Equal(0, exit);
        foreach (var file in Directory.GetFiles(Sample).Select(Path.GetFileName))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(Sample, file!)).SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Path, file!))), $"{file} differs");
        }
    }

    [Fact]
    public async Task The_sample_has_every_in_scope_form_a_few_bad_rows_and_accounts_of_every_role()
    {
        var (rosters, report) = await ReadHelper.ReadAllAsync(Sample);
        foreach (var roster in rosters)
        {
            report.Add(Eligibility.Evaluate(roster));
        }

        Assert.Equal(12, rosters.Count);
        Assert.Equal(4, rosters.Select(r => r.Sekolah.Provinsi).Distinct().Count());
        Assert.Subset(rosters.Select(r => r.Sekolah.BentukPendidikanId).ToHashSet(),
            new HashSet<int> { BentukPendidikan.SD, BentukPendidikan.SMP, BentukPendidikan.SMA, BentukPendidikan.SMK, BentukPendidikan.SLB, BentukPendidikan.PKBM });
        Assert.Equal(12, report.RejectedCount);
        Assert.Equal(400, report.RowsRead["peserta_didik.csv"]);
        Assert.All(Enum.GetValues<AccountRole>(), role => Assert.Contains(report.EligibleByRoleAndJenjang.Keys, k => k.Role == role));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BelajarOrleans.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BelajarOrleans.sln not found above the test folder");
    }
}
