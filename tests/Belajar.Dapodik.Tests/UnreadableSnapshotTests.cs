using System.Text;

namespace Belajar.Dapodik.Tests;

public class UnreadableSnapshotTests
{
    [Theory]
    [InlineData("sekolah.csv")]
    [InlineData("peserta_didik.csv")]
    [InlineData("ptk.csv")]
    [InlineData("pengguna.csv")]
    public async Task A_missing_file_stops_the_import_before_any_roster_and_names_the_file(string file)
    {
        using var temp = new TempFolder();
        var folder = Valid(temp.Path);
        File.Delete(Path.Combine(folder, file));

        var (yielded, ex) = await Read(folder);

        Assert.Equal(0, yielded);
        Assert.Equal(file, ex.File);
        Assert.Contains("berkas tidak ada", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(file, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_header_names_the_missing_columns()
    {
        using var temp = new TempFolder();
        var folder = Valid(temp.Path);
        var path = Path.Combine(folder, "ptk.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace("jenis_ptk_id", "jenis_ptk", StringComparison.Ordinal));

        var (yielded, ex) = await Read(folder);

        Assert.Equal(0, yielded);
        Assert.Equal("ptk.csv", ex.File);
        Assert.Contains("baris judul salah: kolom yang hilang jenis_ptk_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_has_no_header()
    {
        using var temp = new TempFolder();
        var folder = Valid(temp.Path);
        File.WriteAllText(Path.Combine(folder, "pengguna.csv"), string.Empty);

        var (yielded, ex) = await Read(folder);

        Assert.Equal(0, yielded);
        Assert.Equal("pengguna.csv", ex.File);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_stops_the_import_even_when_the_bad_bytes_come_late()
    {
        using var temp = new TempFolder();
        var folder = Valid(temp.Path, learners: 50);
        var path = Path.Combine(folder, "peserta_didik.csv");
        var latin1 = Encoding.Latin1.GetBytes(File.ReadAllText(path).Replace("Siti Nur'aini 40", "Siti Nur'aini Müller", StringComparison.Ordinal));
        File.WriteAllBytes(path, latin1);

        var (yielded, ex) = await Read(folder);

        Assert.Equal(0, yielded);
        Assert.Equal("peserta_didik.csv", ex.File);
        Assert.Contains("bukan UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_utf8_bom_and_extra_columns_in_any_order_are_fine()
    {
        using var temp = new TempFolder();
        var folder = temp.Path;
        File.WriteAllText(Path.Combine(folder, "sekolah.csv"),
            "provinsi,extra,npsn,sekolah_id,nama,bentuk_pendidikan_id,status_sekolah,kode_wilayah,kecamatan,kabupaten_kota\n" +
            "Prov. Bali,x,P9984383,0f8fad5b-d9cb-469f-a165-70867728950e,\"PKBM Tunas, Mekar\",27,Swasta,226001,Kec. Denpasar Barat,Kota Denpasar\n",
            new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(folder, "peserta_didik.csv"), string.Join(',', SnapshotFiles.PesertaDidikColumns) + "\n", new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(folder, "ptk.csv"), string.Join(',', SnapshotFiles.PtkColumns) + "\n");
        File.WriteAllText(Path.Combine(folder, "pengguna.csv"), string.Join(',', SnapshotFiles.PenggunaColumns) + "\n");

        var (rosters, report) = await ReadHelper.ReadAllAsync(folder);

        Assert.Equal(0, report.RejectedCount);
        var school = Assert.Single(rosters).Sekolah;
        Assert.Equal(("P9984383", "PKBM Tunas, Mekar", "Prov. Bali"), (school.Npsn, school.Nama, school.Provinsi));
    }

    [Fact]
    public async Task A_missing_folder_is_unreadable()
    {
        var (yielded, ex) = await Read(Path.Combine(Path.GetTempPath(), $"no-such-snapshot-{Guid.NewGuid():N}"));
        Assert.Equal(0, yielded);
        Assert.Contains("tidak ada", ex.Message, StringComparison.Ordinal);
    }

    private static string Valid(string folder, int learners = 3)
    {
        var b = new SnapshotBuilder();
        var school = b.AddSchool();
        for (var i = 0; i < learners; i++)
        {
            b.AddLearner(school);
        }

        b.AddPengguna(school, b.AddPtk(school, 20));
        return b.Write(folder);
    }

    private static async Task<(int Yielded, SnapshotUnreadableException Error)> Read(string folder)
    {
        var yielded = 0;
        var ex = await Assert.ThrowsAsync<SnapshotUnreadableException>(async () =>
        {
            await foreach (var _ in new SnapshotReader(folder).ReadAsync(new SnapshotReport()))
            {
                yielded++;
            }
        });
        return (yielded, ex);
    }
}
