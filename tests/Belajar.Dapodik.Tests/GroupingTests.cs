using nietras.SeparatedValues;

namespace Belajar.Dapodik.Tests;

public class GroupingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public async Task Every_school_gets_its_complete_roster_even_when_the_files_are_shuffled(int buckets)
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Path, new SyntheticSnapshotOptions { Learners = 4000, Seed = 9 });
        var expectedLearners = GroupIds(temp.Path, "peserta_didik.csv", "peserta_didik_id");
        var expectedStaff = GroupIds(temp.Path, "ptk.csv", "ptk_id");
        Shuffle(Path.Combine(temp.Path, "peserta_didik.csv"), seed: 1);
        Shuffle(Path.Combine(temp.Path, "ptk.csv"), seed: 2);
        Shuffle(Path.Combine(temp.Path, "sekolah.csv"), seed: 3);

        var (rosters, report) = await ReadHelper.ReadAllAsync(temp.Path, new SnapshotReaderOptions { BucketCount = buckets });

        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(rosters.Count, rosters.Select(r => r.Sekolah.SekolahId).Distinct().Count());
        Assert.Equal(expectedLearners.Count, rosters.Count(r => r.Learners.Count > 0));
        foreach (var roster in rosters)
        {
            var id = roster.Sekolah.SekolahId.ToString("D");
            Assert.Equal(expectedLearners.GetValueOrDefault(id, []), roster.Learners.Select(l => l.PesertaDidikId.ToString("D")).ToHashSet());
            Assert.Equal(expectedStaff.GetValueOrDefault(id, []), roster.Staff.Select(s => s.PtkId.ToString("D")).ToHashSet());
            Assert.All(roster.Learners, l => Assert.Equal(roster.Sekolah.SekolahId, l.SekolahId));
        }
    }

    [Fact]
    public async Task The_temporary_buckets_are_deleted_after_reading()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Sub("snap"), new SyntheticSnapshotOptions { Learners = 500, Seed = 4 });
        var work = Directory.CreateDirectory(temp.Sub("work")).FullName;

        var (rosters, _) = await ReadHelper.ReadAllAsync(temp.Sub("snap"), new SnapshotReaderOptions { TempFolder = work, BucketCount = 4 });

        Assert.NotEmpty(rosters);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public async Task Stopping_after_the_first_roster_also_deletes_the_buckets()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Sub("snap"), new SyntheticSnapshotOptions { Learners = 500, Seed = 4 });
        var work = Directory.CreateDirectory(temp.Sub("work")).FullName;
        var reader = new SnapshotReader(temp.Sub("snap"), new SnapshotReaderOptions { TempFolder = work, BucketCount = 4 });

        await foreach (var roster in reader.ReadAsync(new SnapshotReport()))
        {
            Assert.NotEmpty(Directory.EnumerateFileSystemEntries(work));
            break;
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public async Task A_cancelled_read_stops_and_deletes_the_buckets()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Sub("snap"), new SyntheticSnapshotOptions { Learners = 500, Seed = 4 });
        var work = Directory.CreateDirectory(temp.Sub("work")).FullName;
        using var cancel = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            var reader = new SnapshotReader(temp.Sub("snap"), new SnapshotReaderOptions { TempFolder = work, BucketCount = 4 });
            await foreach (var _ in reader.ReadAsync(new SnapshotReport(), cancel.Token))
            {
                read++;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(1, read);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    private static Dictionary<string, HashSet<string>> GroupIds(string folder, string file, string idColumn)
    {
        var result = new Dictionary<string, HashSet<string>>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(Path.Combine(folder, file));
        foreach (var row in reader)
        {
            var school = row["sekolah_id"].ToString();
            if (!result.TryGetValue(school, out var set))
            {
                result[school] = set = [];
            }

            set.Add(row[idColumn].ToString());
        }

        return result;
    }

    private static void Shuffle(string path, int seed)
    {
        var lines = File.ReadAllLines(path);
        var body = lines.Skip(1).ToArray();
        new Random(seed).Shuffle(body);
        File.WriteAllLines(path, [lines[0], .. body]);
    }
}
