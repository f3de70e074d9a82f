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
        Costs(input, output);
        output.WriteLine();
        var activities = input.SignInsFromActivities;
        Row(output, "", plans, p => Text($"kuota {p.QueriesPerMinute:N0}/menit"));
        Row(output, "Kueri per hari", plans, p => Text($"{p.QueriesPerDay:N0}"));
        Row(output, "Sinkronisasi per hari (puncak)", plans, p => Text($"{p.SyncsPerDay:0.##} × per sekolah"));
        Row(output, "Biaya sinkronisasi per hari (puncak)", plans, p => Text($"{p.SyncQueriesPerDay:N0} ({p.SyncShareOfQuota:P1})"));
        Row(output, "Sinkronisasi selama penyediaan/hari", plans, p => Text($"{p.ProvisioningSyncQueriesPerDay:N0}"));
        Row(output, "Sinkronisasi per sekolah s.d. tenggat", plans, p => Text($"{p.SyncsPerSchoolToDeadline:N0}"));
        Row(output, "Sinkronisasi s.d. tenggat: kueri", plans, p => Text($"{p.SyncQueriesToDeadline:N0}"));
        if (activities)
        {
            Row(output, "Reports API per hari (bukan Directory)", plans, p => Text($"{p.ReportsQueriesPerDay:N0}"));
        }

        Row(output, "Penyediaan: kueri", plans, p => Text($"{p.ProvisioningQueries:N0}"));
        Row(output, "Penyediaan: lama", plans, p => Span(p.ProvisioningDays));
        Row(output, "Penyediaan selesai", plans, p => Day(p.ProvisioningEnds));
        Row(output, "Tenggat: sinkronisasi sesudahnya", plans, p => Text($"{p.DeadlineSyncQueries:N0}"));
        Row(output, "Tenggat: kueri per akun tak terpakai", plans, p => Text($"{p.DeadlineCallsPerCheck:0.00}"));
        Row(output, "Penyapuan tenggat: kueri", plans, p => Text($"{p.DeadlineQueries:N0}"));
        Row(output, "Penyapuan tenggat: lama", plans, p => Span(p.DeadlineDays));
        Row(output, "Penyapuan tenggat selesai", plans, p => Day(p.DeadlineEnds));
        Row(output, "Kueri Directory per akun (program)", plans, p => Text($"{p.DirectoryQueriesPerAccount:0.00}"));
        Warnings(input, plans, output);
    }

    private static void Costs(PlanInput input, TextWriter output)
    {
        output.WriteLine("Biaya: penyediaan 1 kueri per akun (users.insert).");
        output.WriteLine(input.SignInsFromActivities
            ? Text($"Masuk ditemukan dari aktivitas login (Lifecycle:SignInDiscovery=Activities): 1 kueri Reports API tiap {input.SignInDiscoveryPeriod:c} (+1 per 1.000 masuk), sekolah tidak mendaftar secara berkala.")
            : Text($"Masuk ditemukan dari daftar tiap sekolah (Lifecycle:SignInDiscovery=Listing): 1 kueri per halaman {input.PageSize:N0} pengguna, tiap {input.SyncPeriod:c} selama orang masuk ({input.SignInPhase.TotalDays:0.#} hari), lalu makin jarang sampai {input.SyncMaxPeriod:c} dan merapat ke tenggat."));
        output.WriteLine(input.SyncAfterDeadline && input.DeadlineStatusMaxAge > TimeSpan.Zero
            ? Text($"Tenggat: tiap sekolah sinkron sekali sesudah tenggat (1 kueri per halaman); akun tak terpakai ({input.NeverUsedShare:P0}) 1 kueri (users.patch) bila bacaan itu paling lama {input.DeadlineStatusMaxAge:c}, selain itu 2.")
            : Text($"Tenggat: tanpa sinkronisasi sesudah tenggat, 2 kueri (users.get, users.patch) per akun tak terpakai ({input.NeverUsedShare:P0})."));
    }

    private static void Warnings(PlanInput input, IReadOnlyList<NationalPlan> plans, TextWriter output)
    {
        foreach (var plan in plans.Where(p => p.SyncShareOfQuota >= 1))
        {
            output.WriteLine(Text($"Peringatan: pada kuota {plan.QueriesPerMinute:N0}/menit sinkronisasi saja melebihi kuota; perpanjang Lifecycle:SyncPeriod."));
        }

        foreach (var plan in plans.Where(p => p.ProvisioningPastDeadline(input.Deadline)))
        {
            output.WriteLine(Text($"Peringatan: pada kuota {plan.QueriesPerMinute:N0}/menit penyediaan belum selesai saat tenggat {Day(input.Deadline)}."));
        }

        foreach (var plan in plans.Where(p => p.DeadlineStatusMaxAgeNeeded is { } needed && input.DeadlineStatusMaxAge < needed))
        {
            output.WriteLine(Text(
                $"Peringatan: pada kuota {plan.QueriesPerMinute:N0}/menit penyapuan berlangsung {Span(plan.DeadlineDays)}: hanya {2 - plan.DeadlineCallsPerCheck:P0} pemeriksaan memakai bacaan sinkronisasi sesudah tenggat. Lifecycle:DeadlineStatusMaxAge ≥ {Round(plan.DeadlineStatusMaxAgeNeeded!.Value):c} dan Lifecycle:DeactivationWindow sepanjang penyapuan menjadikannya ±1 kueri per akun."));
        }
    }

    private static void Row(TextWriter output, string label, IReadOnlyList<NationalPlan> plans, Func<NationalPlan, string> cell) =>
        output.WriteLine($"{label,-40}" + string.Concat(plans.Select(p => $"{cell(p),-26}")).TrimEnd());

    // days when a day or more, otherwise hours or minutes
    private static string Span(double days) => days switch
    {
        >= 1 => Text($"{days:N1} hari"),
        >= 1.0 / 24 => Text($"{days * 24:N1} jam"),
        >= 1.0 / 1440 => Text($"{days * 1440:N0} menit"),
        _ => "kurang dari 1 menit",
    };

    private static TimeSpan Round(TimeSpan span) => TimeSpan.FromHours(Math.Ceiling(span.TotalHours));

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", Invariant);

    private static string Text(FormattableString text) => text.ToString(Invariant);
}
