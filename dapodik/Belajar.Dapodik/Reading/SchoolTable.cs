namespace Belajar.Dapodik.Reading;

/// <summary>Reads <c>sekolah.csv</c> and <c>pengguna.csv</c> into memory (both are proportional to the number of schools).</summary>
internal static class SchoolTable
{
    public static Dictionary<Guid, SchoolEntry> ReadSchools(CsvFile file, SnapshotReport report, CancellationToken ct)
    {
        var schools = new Dictionary<Guid, SchoolEntry>();
        var npsns = new Dictionary<string, long>(StringComparer.Ordinal);
        var ids = new Dictionary<Guid, long>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        file.ForEachRow(report, row =>
        {
            var line = row.LineNumberFrom;
            if (SekolahRow.TryParse(row, file.Columns, names, out var sekolah) is { } error)
            {
                var provinsi = row[file.Columns[8]].Span.Trim();
                report.Reject(file.Name, line, error.Column, error.Reason, provinsi.IsEmpty ? null : provinsi.ToString(), error.Detail);
                return;
            }

            if (ids.TryGetValue(sekolah!.SekolahId, out var first))
            {
                report.Reject(file.Name, line, "sekolah_id", "ganda", sekolah.Provinsi, $"pertama di baris {first}");
                return;
            }

            ids.Add(sekolah.SekolahId, line);
            if (npsns.TryGetValue(sekolah.Npsn, out first))
            {
                report.Reject(file.Name, line, "npsn", "ganda", sekolah.Provinsi, $"{sekolah.Npsn} pertama di baris {first}");
                return;
            }

            npsns.Add(sekolah.Npsn, line);
            schools.Add(sekolah.SekolahId, new SchoolEntry(sekolah, schools.Count));
        }, ct);
        return schools;
    }

    public static void ReadPengguna(CsvFile file, IReadOnlyDictionary<Guid, SchoolEntry> schools, SnapshotReport report,
        CancellationToken ct)
    {
        var ids = new Dictionary<Guid, long>();
        var usernames = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        file.ForEachRow(report, row =>
        {
            var line = row.LineNumberFrom;
            if (PenggunaRow.TryParse(row, file.Columns, schools, out var pengguna, out var school) is { } error)
            {
                report.Reject(file.Name, line, error.Column, error.Reason, school?.Sekolah.Provinsi, error.Detail);
                return;
            }

            var provinsi = school!.Sekolah.Provinsi;
            if (ids.TryGetValue(pengguna!.PenggunaId, out var first))
            {
                report.Reject(file.Name, line, "pengguna_id", "ganda", provinsi, $"pertama di baris {first}");
                return;
            }

            ids.Add(pengguna.PenggunaId, line);
            if (usernames.TryGetValue(pengguna.Username, out first))
            {
                report.Reject(file.Name, line, "username", "ganda", provinsi, $"pertama di baris {first}");
                return;
            }

            usernames.Add(pengguna.Username, line);
            school.Pengguna.Add((pengguna, line));
        }, ct);
    }
}
