using Belajar.Domain;
using System.Globalization;

namespace Belajar.Dapodik;

/// <summary>Prints a <see cref="SnapshotReport"/> as the quality gate's plain-text tables, in Bahasa Indonesia (Pusdatin reads them).</summary>
public static class ReportPrinter
{
    /// <summary>Writes rows read, rejected rows by reason and by province, examples, PTK registered at several schools, not-eligible and eligible counts.</summary>
    public static void Print(SnapshotReport report, TextWriter output, int examples = 20)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("Baris dibaca");
        Table(output, report.RowsRead);
        output.WriteLine(Line($"Sekolah dengan daftar akun: {report.SchoolsYielded:N0}"));
        output.WriteLine();
        output.WriteLine(Line($"Baris ditolak: {report.RejectedCount:N0}"));
        output.WriteLine("Menurut alasan");
        Table(output, report.RejectedByReason);
        output.WriteLine("Menurut provinsi");
        Table(output, report.RejectedByProvince);
        var shown = report.RejectedExamples.Take(examples).ToList();
        if (shown.Count > 0)
        {
            output.WriteLine(Line($"{shown.Count} baris ditolak pertama"));
            foreach (var row in shown)
            {
                output.WriteLine($"  {row}");
            }
        }

        output.WriteLine();
        output.WriteLine(Line($"PTK terdaftar di beberapa sekolah (bukan kesalahan data; satu akun per orang, tercantum di setiap sekolahnya): {report.OtherSchoolCount:N0}"));
        Table(output, report.OtherSchoolByProvince);
        foreach (var row in report.OtherSchoolExamples.Take(examples))
        {
            output.WriteLine($"  {row}");
        }

        output.WriteLine();
        output.WriteLine(Line($"Tidak berhak: {report.NotEligibleCount:N0}"));
        Table(output, report.NotEligibleByReason);
        output.WriteLine();
        output.WriteLine(Line($"Akun yang berhak: {report.EligibleCount:N0}"));
        var eligible = report.EligibleByRoleAndJenjang
            .OrderBy(e => e.Key.Role).ThenBy(e => e.Key.Jenjang)
            .Select(e => new KeyValuePair<string, long>($"{e.Key.Role} {e.Key.Jenjang}", e.Value));
        Table(output, eligible, sort: false);
    }

    private static void Table(TextWriter output, IEnumerable<KeyValuePair<string, long>> counts, bool sort = true)
    {
        var rows = sort ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList() : counts.ToList();
        if (rows.Count == 0)
        {
            output.WriteLine("  (tidak ada)");
            return;
        }

        var width = rows.Max(r => r.Key.Length);
        foreach (var (key, value) in rows)
        {
            output.WriteLine(Line($"  {key.PadRight(width)}  {value,12:N0}"));
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
