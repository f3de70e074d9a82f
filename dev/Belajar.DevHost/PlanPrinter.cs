using System.Globalization;
using Belajar.Domain.Planning;

namespace Belajar.DevHost;

/// <summary>Prints <see cref="NationalPlan"/>s side by side, one column per quota, in Bahasa Indonesia (Pusdatin reads them).</summary>
public static class PlanPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(PlanInput input, string? snapshot, IReadOnlyList<NationalPlan> plans, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(output);
        var source = snapshot is null ? "jumlah yang diberikan" : $"snapshot {snapshot}";
        output.WriteLine(Text($"Rencana nasional: {input.Accounts:N0} akun di {input.Schools:N0} sekolah ({source})"));
        output.WriteLine(Text($"Mulai {Day(input.Start)}, tenggat {Day(input.Deadline)}."));
        output.WriteLine(Text($"Biaya: penyediaan 1 kueri per akun (users.insert); sinkronisasi 1 kueri per halaman {input.PageSize:N0} pengguna per sekolah tiap {input.SyncPeriod:c};"));
        output.WriteLine(Text($"tenggat {input.DeadlineCallsPerAccount} kueri per akun yang tidak pernah dipakai ({input.NeverUsedShare:P0} dari akun)."));
        output.WriteLine();
        Row(output, "", plans, p => Text($"kuota {p.QueriesPerMinute:N0}/menit"));
        Row(output, "Kueri per hari", plans, p => Text($"{p.QueriesPerDay:N0}"));
        Row(output, "Sinkronisasi per hari", plans, p => Text($"{p.SyncsPerDay:0.##} × per sekolah"));
        Row(output, "Biaya sinkronisasi per hari", plans, p => Text($"{p.SyncQueriesPerDay:N0} ({p.SyncShareOfQuota:P1})"));
        Row(output, "Penyediaan: kueri", plans, p => Text($"{p.ProvisioningQueries:N0}"));
        Row(output, "Penyediaan: lama", plans, p => Span(p.ProvisioningDays));
        Row(output, "Penyediaan selesai", plans, p => Day(p.ProvisioningEnds));
        Row(output, "Penyapuan tenggat: kueri", plans, p => Text($"{p.DeadlineQueries:N0}"));
        Row(output, "Penyapuan tenggat: lama", plans, p => Span(p.DeadlineDays));
        Row(output, "Penyapuan tenggat selesai", plans, p => Day(p.DeadlineEnds));
        foreach (var plan in plans.Where(p => p.SyncShareOfQuota >= 1))
        {
            output.WriteLine(Text($"Peringatan: pada kuota {plan.QueriesPerMinute:N0}/menit sinkronisasi saja melebihi kuota; perpanjang Lifecycle:SyncPeriod."));
        }

        foreach (var plan in plans.Where(p => p.ProvisioningPastDeadline(input.Deadline)))
        {
            output.WriteLine(Text($"Peringatan: pada kuota {plan.QueriesPerMinute:N0}/menit penyediaan belum selesai saat tenggat {Day(input.Deadline)}."));
        }
    }

    private static void Row(TextWriter output, string label, IReadOnlyList<NationalPlan> plans, Func<NationalPlan, string> cell) =>
        output.WriteLine($"{label,-30}" + string.Concat(plans.Select(p => $"{cell(p),-26}")).TrimEnd());

    // days when a day or more, otherwise hours or minutes
    private static string Span(double days) => days switch
    {
        >= 1 => Text($"{days:N1} hari"),
        >= 1.0 / 24 => Text($"{days * 24:N1} jam"),
        >= 1.0 / 1440 => Text($"{days * 1440:N0} menit"),
        _ => "kurang dari 1 menit",
    };

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", Invariant);

    private static string Text(FormattableString text) => text.ToString(Invariant);
}
