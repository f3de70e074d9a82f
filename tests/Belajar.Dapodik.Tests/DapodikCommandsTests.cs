using Belajar.Dapodik.Tool;

namespace Belajar.Dapodik.Tests;

public class DapodikCommandsTests
{
    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5080")]
    [InlineData("migrate")]
    public void Other_arguments_are_left_to_the_host(params string[] args) =>
        Assert.False(DapodikCli.IsCommand(args));

    [Fact]
    public async Task Help_lists_both_commands_and_their_options()
    {
        var output = new StringWriter();

        Assert.True(DapodikCli.IsCommand(["--help"]));
        Assert.Equal(0, await DapodikCli.InvokeAsync(["--help"], output, output));
        Assert.Contains("validate", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("generate", output.ToString(), StringComparison.Ordinal);

        var generate = new StringWriter();
        Assert.Equal(0, await DapodikCli.InvokeAsync(["generate", "--help"], generate, generate));
        Assert.Contains("--invalid-share", generate.ToString(), StringComparison.Ordinal);
        Assert.Contains("--bcrypt-cost", generate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_then_validate_prints_counts_by_reason_province_role_and_jenjang()
    {
        using var temp = new TempFolder();
        var output = new StringWriter();

        var generated = await DapodikCli.InvokeAsync(
            ["generate", "--learners", "600", "--seed", "4", "--out", temp.Path, "--invalid-share", "0.03", "--schools", "8", "--provinces", "3"], output, output);
        var validated = await DapodikCli.InvokeAsync(["validate", temp.Path], output, output);

        Assert.Equal(0, generated);
        Assert.Equal(0, validated);
        var text = output.ToString();
        Assert.Contains("Baris ditolak: ", text, StringComparison.Ordinal);
        Assert.Contains("peserta_didik.csv: nisn: harus 10 angka", text, StringComparison.Ordinal);
        Assert.Contains("Menurut provinsi", text, StringComparison.Ordinal);
        Assert.Contains("Prov. Jawa Barat", text, StringComparison.Ordinal);
        Assert.Contains("Tidak berhak: ", text, StringComparison.Ordinal);
        Assert.Contains("tingkat di luar rentang untuk SD (berhak 5–6)", text, StringComparison.Ordinal);
        Assert.Contains("PesertaDidik SMA", text, StringComparison.Ordinal);
        Assert.Contains("KepalaSekolah SD", text, StringComparison.Ordinal);
        var secrets = File.ReadLines(Path.Combine(temp.Path, "pengguna.csv")).Skip(1).Select(l => l.Split(',')[^1])
            .Concat(File.ReadLines(Path.Combine(temp.Path, "peserta_didik.csv")).Skip(1).Select(l => l.Split(',')[2]))
            .Where(s => s.Length >= 16);
        Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_of_an_unreadable_snapshot_exits_non_zero_and_names_the_file()
    {
        using var temp = new TempFolder();
        await SyntheticSnapshot.WriteAsync(temp.Path, new SyntheticSnapshotOptions { Learners = 50, Seed = 1 });
        File.Delete(Path.Combine(temp.Path, "ptk.csv"));
        var output = new StringWriter();

        var exit = await DapodikCli.InvokeAsync(["validate", temp.Path], output, output);

        Assert.Equal(DapodikCommands.Unreadable, exit);
        Assert.Contains("ptk.csv: berkas tidak ada", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("generate", "--learners", "ten", "--out", "/tmp/x")]
    [InlineData("generate", "--learners", "10")]
    [InlineData("generate", "--out", "/tmp/x", "--colour", "blue")]
    [InlineData("generate", "--out", "/tmp/x", "--invalid-share", "2")]
    public async Task A_wrong_command_line_says_how_to_use_it(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.True(DapodikCli.IsCommand(args));
        Assert.Equal(DapodikCommands.Usage, await DapodikCli.InvokeAsync(args, output, error));
        Assert.Matches("--learners|--out|--colour|validate|InvalidShare", output.ToString() + error.ToString());
    }
}
