using Belajar.DevHost;
using Belajar.DevHost.Embedded;

namespace Belajar.Integration.Tests;

/// <summary><c>plan</c>, a command of the api's development host: the national timeline from a snapshot or from counts.</summary>
public class PlanCommandTests
{
    [Fact]
    public async Task Plan_of_the_sample_snapshot_prints_its_accounts_schools_sync_cost_and_dates_at_both_quotas()
    {
        var (code, output, _) = await RunAsync("plan", SampleSnapshot.Find()!, "--start", "2027-01-04", "--deadline", "2027-07-01", "--raised-quota", "24000");

        Assert.Equal(0, code);
        var lines = output.Split(Environment.NewLine);
        Assert.StartsWith("Rencana nasional: 392 akun di 12 sekolah (snapshot ", lines[0], StringComparison.Ordinal); // validate: 392 eligible
        Assert.Equal("Mulai 2027-01-04 00:00, tenggat 2027-07-01 00:00.", lines[1]);
        Assert.Contains(lines, l => l.Trim() == "kuota 2,400/menit         kuota 24,000/menit");
        Assert.Contains("Biaya sinkronisasi per hari   48 (0.0 %)                48 (0.0 %)", lines); // 12 schools × 4 syncs × 1 page
        Assert.Contains(lines, l => l.StartsWith("Penyediaan: kueri", StringComparison.Ordinal) && l.EndsWith(" 392", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Penyapuan tenggat: kueri", StringComparison.Ordinal) && l.EndsWith(" 314", StringComparison.Ordinal)); // 157 × 2
        Assert.Contains(lines, l => l.StartsWith("Penyapuan tenggat selesai", StringComparison.Ordinal) && l.Contains("2027-07-01 00:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_of_the_nation_from_counts_takes_22_days_at_2400_per_minute_and_under_2_at_24000()
    {
        var (code, output, _) = await RunAsync("plan", "--accounts", "57000000", "--schools", "220000", "--start", "2027-01-04", "--raised-quota", "24000");

        Assert.Equal(0, code);
        Assert.Contains("Biaya sinkronisasi per hari   880,000 (25.5 %)          880,000 (2.5 %)", output, StringComparison.Ordinal);
        Assert.Contains("Penyediaan: lama              22.1 hari                 1.7 hari", output, StringComparison.Ordinal);
        Assert.Contains("Penyediaan selesai            2027-01-26 03:03          2027-01-05 16:37", output, StringComparison.Ordinal);
        Assert.Contains("Penyapuan tenggat: lama       17.7 hari                 1.4 hari", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_without_a_snapshot_or_counts_says_what_to_give()
    {
        var (code, _, error) = await RunAsync("plan", "--accounts", "1000");

        Assert.Equal(PlanCommand.Usage, code);
        Assert.Contains("Berikan folder snapshot, atau --accounts dan --schools.", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PlanCommand.RunAsync(args, TimeProvider.System, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
