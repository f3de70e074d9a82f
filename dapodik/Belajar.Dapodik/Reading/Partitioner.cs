namespace Belajar.Dapodik.Reading;

/// <summary>
/// The first pass over a snapshot: every header checked, schools and users read into memory, then PTK and learner rows
/// validated and appended to the bucket of their school, their unique keys to key buckets, and duplicates found key
/// bucket by key bucket. Every unreadable file is found here, before any roster is handed out.
/// </summary>
internal static class Partitioner
{
    public static PreparedSnapshot Run(string folder, SnapshotReaderOptions options, SnapshotReport report, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            throw new SnapshotUnreadableException(SnapshotFiles.Sekolah, $"folder snapshot {folder} tidak ada");
        }

        using var sekolahFile = CsvFile.Open(folder, SnapshotFiles.Sekolah, SnapshotFiles.SekolahColumns);
        using var penggunaFile = CsvFile.Open(folder, SnapshotFiles.Pengguna, SnapshotFiles.PenggunaColumns);
        using var ptkFile = CsvFile.Open(folder, SnapshotFiles.Ptk, SnapshotFiles.PtkColumns);
        using var learnerFile = CsvFile.Open(folder, SnapshotFiles.PesertaDidik, SnapshotFiles.PesertaDidikColumns);

        var schools = SchoolTable.ReadSchools(sekolahFile, report, ct);
        SchoolTable.ReadPengguna(penggunaFile, schools, report, ct);

        var tempRoot = options.TempFolder ?? Path.GetTempPath();
        var buckets = new BucketSet(Path.Combine(tempRoot, $"belajar-dapodik-{Guid.NewGuid():N}"), BucketCount(folder, options));
        try
        {
            var list = schools.Values.OrderBy(s => s.Index).ToList();
            var prepared = new PreparedSnapshot(list, buckets, []);
            PartitionPtk(ptkFile, schools, prepared, report, ct);
            PartitionLearners(learnerFile, schools, prepared, report, ct);
            buckets.CompleteWriting();
            FindDuplicates(prepared, report, ct);
            return prepared;
        }
        catch
        {
            buckets.Dispose();
            throw;
        }
    }

    private static int BucketCount(string folder, SnapshotReaderOptions options)
    {
        if (options.BucketCount is { } fixedCount)
        {
            return Math.Max(1, fixedCount);
        }

        var bytes = new FileInfo(Path.Combine(folder, SnapshotFiles.PesertaDidik)).Length
            + new FileInfo(Path.Combine(folder, SnapshotFiles.Ptk)).Length;
        var wanted = (bytes + options.BucketTargetBytes - 1) / Math.Max(1, options.BucketTargetBytes);
        return (int)Math.Clamp(wanted, 1, Math.Max(1, options.MaxBuckets));
    }

    private static void PartitionPtk(CsvFile file, Dictionary<Guid, SchoolEntry> schools, PreparedSnapshot prepared,
        SnapshotReport report, CancellationToken ct)
    {
        var buckets = prepared.Buckets;
        file.ForEachRow(report, row =>
        {
            var line = row.LineNumberFrom;
            if (PtkRow.TryParse(row, file.Columns, schools, out var ptk, out var school) is { } error)
            {
                report.Reject(file.Name, line, error.Column, error.Reason, school?.Sekolah.Provinsi, error.Detail);
                return;
            }

            BucketRecords.WritePtk(buckets.Rows(prepared.BucketOf(school!)), ptk!, line);
            WriteKey(buckets, new KeyRecord(KeyKind.PtkId, ptk!.PtkId, line, school!.Index));
            if (ptk.Nuptk is { } nuptk)
            {
                WriteKey(buckets, new KeyRecord(KeyKind.Nuptk, KeyRecord.NumberKey(nuptk), line, school.Index));
            }

            if (ptk.Nik is { Length: > 0 } nik)
            {
                WriteKey(buckets, new KeyRecord(KeyKind.PtkPerson, KeyRecord.PersonKey(ptk.PtkId, nik), line, school.Index));
                if (ptk.Nuptk is null)
                {
                    WriteKey(buckets, new KeyRecord(KeyKind.PtkNik, KeyRecord.NumberKey(nik), line, school.Index));
                }
            }
        }, ct);
    }

    private static void PartitionLearners(CsvFile file, Dictionary<Guid, SchoolEntry> schools, PreparedSnapshot prepared,
        SnapshotReport report, CancellationToken ct)
    {
        var buckets = prepared.Buckets;
        file.ForEachRow(report, row =>
        {
            var line = row.LineNumberFrom;
            if (LearnerRow.Validate(row, file.Columns, schools, out var values, out var school) is { } error)
            {
                report.Reject(file.Name, line, error.Column, error.Reason, school?.Sekolah.Provinsi, error.Detail);
                return;
            }

            var c = file.Columns;
            var nisn = row[c[1]].Span.Trim();
            BucketRecords.WriteLearner(buckets.Rows(prepared.BucketOf(school!)), values, nisn, row[c[2]].Span.Trim(),
                row[c[3]].Span.Trim(), row[c[8]].Span.Trim(), line);
            WriteKey(buckets, new KeyRecord(KeyKind.PesertaDidikId, values.Id, line, school!.Index));
            if (!nisn.IsEmpty)
            {
                WriteKey(buckets, new KeyRecord(KeyKind.Nisn, KeyRecord.NumberKey(nisn), line, school.Index));
            }
        }, ct);
    }

    private static void WriteKey(BucketSet buckets, KeyRecord key) => key.Write(buckets.Keys(key.Key));

    private static void FindDuplicates(PreparedSnapshot prepared, SnapshotReport report, CancellationToken ct)
    {
        var hits = new Dictionary<(string File, long Line), List<DuplicateHit>>();
        for (var bucket = 0; bucket < prepared.Buckets.Count; bucket++)
        {
            ct.ThrowIfCancellationRequested();
            using var reader = prepared.Buckets.OpenKeys(bucket);
            if (reader is null)
            {
                continue;
            }

            var keys = new KeyRecord[reader.BaseStream.Length / KeyRecord.Size];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = KeyRecord.Read(reader);
            }

            Array.Sort(keys);
            for (var i = 1; i < keys.Length; i++)
            {
                var first = keys[i - 1];
                var k = keys[i];
                if (k.Kind != first.Kind || k.Key != first.Key)
                {
                    continue;
                }

                keys[i] = keys[i - 1]; // later duplicates of the same key still point at the first occurrence
                if (!hits.TryGetValue((k.File, k.Line), out var list))
                {
                    hits[(k.File, k.Line)] = list = [];
                }

                list.Add(new DuplicateHit(k, first));
            }
        }

        foreach (var ((file, line), list) in hits.OrderBy(h => h.Key.File, StringComparer.Ordinal).ThenBy(h => h.Key.Line))
        {
            var hit = DuplicateRules.Classify(list);
            var school = prepared.Schools[hit.Row.SchoolIndex].Sekolah;
            if (hit.OtherSchool)
            {
                // the row stays in its school's roster: with the same ptk_id it names the same account, with another one the
                // run keys it by the person (NUPTK, else NIK), so both schools list one account
                report.AddOtherSchool(file, line, hit.Row.Column, school.Provinsi,
                    $"pertama di baris {hit.First.Line}, NPSN {prepared.Schools[hit.First.SchoolIndex].Sekolah.Npsn}"
                    + (DuplicateRules.SharesAccount(list) ? string.Empty : "; ptk_id lain, orang yang sama: satu akun"));
            }
            else
            {
                prepared.Duplicates.Add((file, line));
                report.Reject(file, line, hit.Row.Column, "ganda", school.Provinsi, $"pertama di baris {hit.First.Line}");
            }
        }
    }
}
