using System.Security.Cryptography;

namespace Belajar.Dapodik.Tests;

public class SyntheticSnapshotTests
{
    private static readonly string[] Files =
        ["sekolah.csv", "peserta_didik.csv", "ptk.csv", "pengguna.csv", "operator-passwords.csv"];

    [Fact]
    public async Task The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        using var temp = new TempFolder();
        var options = new SyntheticSnapshotOptions { Learners = 1500, Seed = 7, InvalidShare = 0.05 };
        await SyntheticSnapshot.WriteAsync(temp.Sub("a"), options);
        await SyntheticSnapshot.WriteAsync(temp.Sub("b"), options);
        await SyntheticSnapshot.WriteAsync(temp.Sub("c"), options with { Seed = 8 });

        foreach (var file in Files)
        {
            Assert.Equal(Hash(temp.Sub("a"), file), Hash(temp.Sub("b"), file));
            Assert.NotEqual(Hash(temp.Sub("a"), file), Hash(temp.Sub("c"), file));
        }
    }

    [Fact]
    public async Task A_clean_generation_has_the_exact_learner_count_and_no_rejected_row()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Path, new SyntheticSnapshotOptions { Learners = 3000, Seed = 3 });

        var (rosters, report) = await ReadHelper.ReadAllAsync(temp.Path);

        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(3000, rosters.Sum(r => r.Learners.Count));
        Assert.Equal(report.RowsRead["sekolah.csv"], rosters.Count);
        Assert.True(rosters.Sum(r => r.Staff.Count) > 3000 / 16, "PTK in proportion");
        Assert.All(rosters, r => Assert.InRange(r.Operators.Count(o => o.IsOperator), 1, 2));
    }

    [Fact]
    public async Task An_invalid_share_makes_rows_of_every_file_invalid_in_that_share()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Path, new SyntheticSnapshotOptions { Learners = 20000, Seed = 5, InvalidShare = 0.02 });

        var (_, report) = await ReadHelper.ReadAllAsync(temp.Path);
        var byFile = report.RejectedByReason.GroupBy(r => r.Key.Split(':')[0]).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        Assert.InRange(byFile["peserta_didik.csv"], 0.015 * 20000, 0.025 * 20000);
        Assert.True(byFile["ptk.csv"] > 0 && byFile["pengguna.csv"] > 0 && byFile["sekolah.csv"] > 0);
        Assert.True(report.RejectedByReason.Count >= 20, $"kinds of invalid rows: {report.RejectedByReason.Count}");
    }

    [Fact]
    public async Task Operator_passwords_match_their_bcrypt_hashes()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Path, new SyntheticSnapshotOptions { Learners = 400, Schools = 3, Seed = 11 });

        var operators = new SnapshotReader(temp.Path).ReadOperators().ToDictionary(o => o.Pengguna.Username);
        var passwords = File.ReadAllLines(Path.Combine(temp.Path, "operator-passwords.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(operators.Count, passwords.Count);
        Assert.All(passwords, p => Assert.True(BCrypt.Net.BCrypt.Verify(p[1], operators[p[0]].Pengguna.PasswordHash)));
        Assert.All(operators.Values, o => Assert.Equal(8, o.Npsn.Length));
    }

    [Fact]
    public async Task Names_carry_titles_apostrophes_hyphens_and_regional_forms()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Path, new SyntheticSnapshotOptions { Learners = 20000, Seed = 2 });
        var learners = File.ReadAllText(Path.Combine(temp.Path, "peserta_didik.csv"));
        var ptk = File.ReadAllText(Path.Combine(temp.Path, "ptk.csv"));

        Assert.Contains("'", learners, StringComparison.Ordinal);
        Assert.Contains("-", learners.Replace("-4", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(",I Made ", learners, StringComparison.Ordinal);
        Assert.Contains(",Ni Luh ", learners, StringComparison.Ordinal);
        Assert.Contains(",Siti ", learners, StringComparison.Ordinal);
        Assert.Contains(",Muhammad ", learners, StringComparison.Ordinal);
        Assert.Contains(" Siregar", learners, StringComparison.Ordinal);
        Assert.Contains(", S.Pd.", ptk, StringComparison.Ordinal);
        Assert.Contains("\"Drs. ", ptk, StringComparison.Ordinal);
        Assert.Contains("\"Hj. ", ptk, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.0)]
    [InlineData(10, 1.5)]
    public async Task Bad_options_say_what_to_fix(int learners, double share)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            SyntheticSnapshot.WriteAsync(Path.GetTempPath(), new SyntheticSnapshotOptions { Learners = learners, InvalidShare = share }));
        Assert.Contains("must be", ex.Message, StringComparison.Ordinal);
    }

    private static string Hash(string folder, string file) =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
}
