using System.Runtime.CompilerServices;
using Belajar.Dapodik.Reading;

namespace Belajar.Dapodik;

/// <summary>
/// Streams a Dapodik snapshot folder as one <see cref="SchoolRoster"/> per valid school, with bounded memory whatever
/// the snapshot's size. First pass: schools and users in memory, person rows validated and partitioned by school into
/// temporary bucket files, duplicates found. Second pass: bucket by bucket, rows grouped by school and handed out.
/// An unreadable file throws <see cref="SnapshotUnreadableException"/> before the first roster is yielded.
/// </summary>
public sealed class SnapshotReader
{
    private readonly string _folder;
    private readonly SnapshotReaderOptions _options;

    /// <summary>Creates a reader of the snapshot in <paramref name="folder"/>.</summary>
    public SnapshotReader(string folder, SnapshotReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
        _options = options ?? new SnapshotReaderOptions();
    }

    /// <summary>The snapshot folder.</summary>
    public string Folder => _folder;

    /// <summary>
    /// Reads every file and yields the roster of each valid school (rows that passed validation only); every rejected
    /// row goes into <paramref name="report"/>.
    /// </summary>
    public async IAsyncEnumerable<SchoolRoster> ReadAsync(SnapshotReport report,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var prepared = await Task.Run(() => Partitioner.Run(_folder, _options, report, ct), ct).ConfigureAwait(false);
        using (prepared)
        {
            for (var bucket = 0; bucket < prepared.Buckets.Count; bucket++)
            {
                ct.ThrowIfCancellationRequested();
                var current = bucket;
                var rosters = await Task.Run(() => RosterAssembler.Assemble(prepared, current, report), ct).ConfigureAwait(false);
                foreach (var roster in rosters)
                {
                    ct.ThrowIfCancellationRequested();
                    report.CountSchool();
                    yield return roster;
                }
            }
        }
    }

    /// <summary>
    /// Reads only <c>sekolah.csv</c> and <c>pengguna.csv</c>: every valid operator (<c>peran</c> <c>operator</c>) with
    /// the NPSN of the own school, for sign-in. Rejected rows go into <paramref name="report"/> when given.
    /// </summary>
    public IReadOnlyList<OperatorAccount> ReadOperators(SnapshotReport? report = null, CancellationToken ct = default)
    {
        report ??= new SnapshotReport(0);
        if (!Directory.Exists(_folder))
        {
            throw new SnapshotUnreadableException(SnapshotFiles.Sekolah, $"folder snapshot {_folder} tidak ada");
        }

        using var sekolahFile = CsvFile.Open(_folder, SnapshotFiles.Sekolah, SnapshotFiles.SekolahColumns);
        using var penggunaFile = CsvFile.Open(_folder, SnapshotFiles.Pengguna, SnapshotFiles.PenggunaColumns);
        var schools = SchoolTable.ReadSchools(sekolahFile, report, ct);
        SchoolTable.ReadPengguna(penggunaFile, schools, report, ct);
        return schools.Values
            .OrderBy(s => s.Index)
            .SelectMany(s => s.Pengguna.Where(p => p.Pengguna.IsOperator).Select(p => new OperatorAccount(p.Pengguna, s.Sekolah.Npsn)))
            .ToList();
    }
}
