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
        Assert.Contains("Biaya sinkronisasi per hari (puncak)    48 (0.0 %)                48 (0.0 %)", lines); // 12 schools × 4 syncs × 1 page
        Assert.Contains(lines, l => l.StartsWith("Penyediaan: kueri", StringComparison.Ordinal) && l.EndsWith(" 392", StringComparison.Ordinal));
        Assert.Contains("Tenggat: sinkronisasi sesudahnya        12                        12", lines);
        Assert.Contains(lines, l => l.StartsWith("Penyapuan tenggat: kueri", StringComparison.Ordinal) && l.EndsWith(" 174", StringComparison.Ordinal)); // 12 + 157 × (1 + 1/30)
        Assert.Contains(lines, l => l.StartsWith("Penyapuan tenggat selesai", StringComparison.Ordinal) && l.Contains("2027-07-01 00:30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_of_the_nation_from_counts_lists_at_the_adaptive_period_and_names_the_read_age_the_sweep_needs()
    {
        var (code, output, _) = await RunAsync("plan", "--accounts", "57000000", "--schools", "220000", "--start", "2027-01-04", "--raised-quota", "24000");

        Assert.Equal(0, code);
        Assert.Contains("Biaya sinkronisasi per hari (puncak)    880,000 (25.5 %)          880,000 (2.5 %)", output, StringComparison.Ordinal);
        Assert.Contains("Sinkronisasi selama penyediaan/hari     440,000                   440,000", output, StringComparison.Ordinal);
        Assert.Contains("Sinkronisasi per sekolah s.d. tenggat   70                        70", output, StringComparison.Ordinal);
        Assert.Contains("Penyediaan: lama                        18.9 hari                 1.7 hari", output, StringComparison.Ordinal);
        Assert.Contains("Tenggat: kueri per akun tak terpakai    2.00                      1.97", output, StringComparison.Ordinal);
        Assert.Contains("Kueri Directory per akun (program)      2.07                      2.06", output, StringComparison.Ordinal);
        Assert.Contains("Peringatan: pada kuota 2,400/menit penyapuan berlangsung 13.2 hari", output, StringComparison.Ordinal);
        Assert.Contains("Lifecycle:DeadlineStatusMaxAge ≥ 6.16:00:00", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_with_sign_ins_from_the_login_activities_and_a_read_as_old_as_the_sweep_costs_1_41_queries_an_account()
    {
        var (code, output, _) = await RunAsync(
            "plan", "--accounts", "57000000", "--schools", "220000", "--start", "2027-01-04", "--sign-in-discovery", "activities", "--deadline-status-max-age", "7.00:00:00");

        Assert.Equal(0, code);
        Assert.Contains("Lifecycle:SignInDiscovery=Activities", output, StringComparison.Ordinal);
        Assert.Contains("Sinkronisasi s.d. tenggat: kueri        0                         0", output, StringComparison.Ordinal);
        Assert.Contains("Reports API per hari (bukan Directory)  24                        24", output, StringComparison.Ordinal);
        Assert.Contains("Penyediaan: lama                        16.5 hari", output, StringComparison.Ordinal);
        Assert.Contains("Tenggat: kueri per akun tak terpakai    1.01", output, StringComparison.Ordinal);
        Assert.Contains("Kueri Directory per akun (program)      1.41", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Peringatan", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_without_the_sync_after_the_deadline_counts_two_queries_per_never_used_account()
    {
        var (code, output, _) = await RunAsync("plan", "--accounts", "57000000", "--schools", "220000", "--start", "2027-01-04", "--sync-after-deadline", "false");

        Assert.Equal(0, code);
        Assert.Contains("Tenggat: sinkronisasi sesudahnya        0 ", output, StringComparison.Ordinal);
        Assert.Contains("Penyapuan tenggat: kueri                45,600,000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_help_lists_every_option_with_its_default_and_a_wrong_value_is_refused()
    {
        var (code, output, _) = await RunAsync("plan", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--sign-in-discovery Listing|Activities  Lifecycle:SignInDiscovery (bawaan Listing)", output, StringComparison.Ordinal);
        Assert.Contains("Lifecycle:SyncAfterDeadline (bawaan true)", output, StringComparison.Ordinal);
        Assert.Contains("Lifecycle:DeadlineStatusMaxAge (bawaan 01:00:00)", output, StringComparison.Ordinal);

        var (wrong, _, error) = await RunAsync("plan", "--accounts", "10", "--schools", "1", "--sign-in-discovery", "1");
        Assert.Equal(PlanCommand.Usage, wrong);
        Assert.Contains("--sign-in-discovery 1: tidak dikenal atau nilainya tidak sah.", error, StringComparison.Ordinal);
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
