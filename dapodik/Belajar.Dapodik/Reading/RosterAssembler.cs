namespace Belajar.Dapodik.Reading;

/// <summary>Loads one bucket into memory and builds the rosters of the schools that hash to it.</summary>
internal static class RosterAssembler
{
    public static List<SchoolRoster> Assemble(PreparedSnapshot prepared, int bucket, SnapshotReport report)
    {
        var learners = new Dictionary<Guid, List<PesertaDidik>>();
        var staff = new Dictionary<Guid, List<Ptk>>();
        using (var reader = prepared.Buckets.OpenRows(bucket))
        {
            while (reader is not null)
            {
                var tag = BucketRecords.Read(reader, out var line, out var learner, out var ptk);
                if (tag == 0)
                {
                    break;
                }

                if (learner is not null && !prepared.Duplicates.Contains((SnapshotFiles.PesertaDidik, line)))
                {
                    ListOf(learners, learner.SekolahId).Add(learner);
                }
                else if (ptk is not null && !prepared.Duplicates.Contains((SnapshotFiles.Ptk, line)))
                {
                    ListOf(staff, ptk.SekolahId).Add(ptk);
                }
            }
        }

        var rosters = new List<SchoolRoster>();
        for (var i = bucket; i < prepared.Schools.Count; i += prepared.Buckets.Count)
        {
            var school = prepared.Schools[i];
            var id = school.Sekolah.SekolahId;
            var schoolStaff = staff.GetValueOrDefault(id) ?? [];
            rosters.Add(new SchoolRoster(school.Sekolah, learners.GetValueOrDefault(id) ?? [], schoolStaff,
                Operators(school, schoolStaff, report)));
        }

        return rosters;
    }

    private static List<Pengguna> Operators(SchoolEntry school, List<Ptk> staff, SnapshotReport report)
    {
        var result = new List<Pengguna>(school.Pengguna.Count);
        foreach (var (pengguna, line) in school.Pengguna)
        {
            if (pengguna.PtkId is { } ptkId && !staff.Exists(p => p.PtkId == ptkId))
            {
                report.Reject(SnapshotFiles.Pengguna, line, "ptk_id", "tidak merujuk ke baris PTK yang sah di sekolah yang sama",
                    school.Sekolah.Provinsi, ptkId.ToString("D"));
                continue;
            }

            result.Add(pengguna);
        }

        return result;
    }

    private static List<T> ListOf<T>(Dictionary<Guid, List<T>> lists, Guid key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists.Add(key, list);
        }

        return list;
    }
}
