using Belajar.Domain;

namespace Belajar.Dapodik;

/// <summary>
/// What an import found: rejected rows (exact counts by reason and by province, at most <see cref="MaxExamples"/>
/// rows kept as examples), not-eligible counts by reason and eligible accounts by role and jenjang.
/// Every member takes a lock, so a reader and an observer may use it at the same time.
/// </summary>
public sealed class SnapshotReport
{
    /// <summary>The province name used when a rejected row's school is unknown.</summary>
    public const string UnknownProvince = "(unknown)";

    private readonly object _gate = new();
    private readonly List<RejectedRow> _examples = [];
    private readonly Dictionary<string, long> _rejectedByReason = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _rejectedByProvince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _notEligibleByReason = new(StringComparer.Ordinal);
    private readonly Dictionary<(AccountRole, Jenjang), long> _eligible = [];
    private readonly Dictionary<string, long> _rowsRead = new(StringComparer.Ordinal);
    private readonly List<RejectedRow> _otherSchoolExamples = [];
    private readonly Dictionary<string, long> _otherSchoolByProvince = new(StringComparer.Ordinal);
    private long _otherSchool;
    private long _rejected;
    private long _schools;

    /// <summary>Creates a report that keeps at most <paramref name="maxExamples"/> rejected rows.</summary>
    public SnapshotReport(int maxExamples = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxExamples);
        MaxExamples = maxExamples;
    }

    /// <summary>How many rejected rows are kept as examples.</summary>
    public int MaxExamples { get; }

    /// <summary>Rows rejected in all files.</summary>
    public long RejectedCount => Locked(() => _rejected);

    /// <summary>The first rejected rows (at most <see cref="MaxExamples"/>), in the order found.</summary>
    public IReadOnlyList<RejectedRow> RejectedExamples => Locked(() => _examples.ToArray());

    /// <summary>Rejected rows by <c>file: column: reason</c>.</summary>
    public IReadOnlyDictionary<string, long> RejectedByReason => Locked(() => Copy(_rejectedByReason));

    /// <summary>Rejected rows by the province of the row's school (<see cref="UnknownProvince"/> when unknown).</summary>
    public IReadOnlyDictionary<string, long> RejectedByProvince => Locked(() => Copy(_rejectedByProvince));

    /// <summary>People (in one role) left without an account, by reason.</summary>
    public IReadOnlyDictionary<string, long> NotEligibleByReason => Locked(() => Copy(_notEligibleByReason));

    /// <summary>Accounts to create by role and jenjang.</summary>
    public IReadOnlyDictionary<(AccountRole Role, Jenjang Jenjang), long> EligibleByRoleAndJenjang =>
        Locked(() => (IReadOnlyDictionary<(AccountRole, Jenjang), long>)new Dictionary<(AccountRole, Jenjang), long>(_eligible));

    /// <summary>Data rows read per file (header excluded), valid or not.</summary>
    public IReadOnlyDictionary<string, long> RowsRead => Locked(() => Copy(_rowsRead));

    /// <summary>
    /// PTK rows of a person already registered at another school of the snapshot (the same NUPTK, or the same ptk_id with the
    /// same NIK): not data errors and not counted in <see cref="RejectedCount"/>; the person's account is made at the school of
    /// the first row.
    /// </summary>
    public long OtherSchoolCount => Locked(() => _otherSchool);

    /// <summary>The first of those rows (at most <see cref="MaxExamples"/>), by file and line; the reason names the first row and its NPSN.</summary>
    public IReadOnlyList<RejectedRow> OtherSchoolExamples => Locked(() => _otherSchoolExamples.ToArray());

    /// <summary>Those rows by the province of the row's school.</summary>
    public IReadOnlyDictionary<string, long> OtherSchoolByProvince => Locked(() => Copy(_otherSchoolByProvince));

    /// <summary>Rosters handed out.</summary>
    public long SchoolsYielded => Locked(() => _schools);

    /// <summary>Total accounts to create.</summary>
    public long EligibleCount => Locked(() => _eligible.Values.Sum());

    /// <summary>Total people (in one role) without an account.</summary>
    public long NotEligibleCount => Locked(() => _notEligibleByReason.Values.Sum());

    /// <summary>Records a rejected row. <paramref name="detail"/> goes into the example only, not into the count key.</summary>
    public void Reject(string file, long line, string column, string reason, string? province, string? detail = null)
    {
        lock (_gate)
        {
            _rejected++;
            Increment(_rejectedByReason, $"{file}: {column}: {reason}");
            Increment(_rejectedByProvince, string.IsNullOrEmpty(province) ? UnknownProvince : province);
            if (_examples.Count < MaxExamples)
            {
                _examples.Add(new RejectedRow(file, line, column, detail is null ? reason : $"{reason} ({detail})"));
            }
        }
    }

    /// <summary>Records a PTK row of a person registered at another school too (see <see cref="OtherSchoolCount"/>).</summary>
    public void AddOtherSchool(string file, long line, string column, string? province, string detail)
    {
        lock (_gate)
        {
            _otherSchool++;
            Increment(_otherSchoolByProvince, string.IsNullOrEmpty(province) ? UnknownProvince : province);
            if (_otherSchoolExamples.Count < MaxExamples)
            {
                _otherSchoolExamples.Add(new RejectedRow(file, line, column, $"{OtherSchoolReason} ({detail})"));
            }
        }
    }

    /// <summary>The reason of a row in <see cref="OtherSchoolExamples"/>.</summary>
    public const string OtherSchoolReason = "terdaftar juga di sekolah lain";

    /// <summary>Adds one school's eligibility verdict to the counts.</summary>
    public void Add(EligibilityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            foreach (var account in result.Accounts)
            {
                _eligible[(account.Role, account.Jenjang)] = _eligible.GetValueOrDefault((account.Role, account.Jenjang)) + 1;
            }

            foreach (var entry in result.NotEligible)
            {
                Increment(_notEligibleByReason, entry.Reason);
            }
        }
    }

    internal void CountRows(string file, long rows)
    {
        lock (_gate)
        {
            _rowsRead[file] = _rowsRead.GetValueOrDefault(file) + rows;
        }
    }

    internal void CountSchool()
    {
        lock (_gate)
        {
            _schools++;
        }
    }

    private static void Increment(Dictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static IReadOnlyDictionary<string, long> Copy(Dictionary<string, long> source) =>
        new Dictionary<string, long>(source, StringComparer.Ordinal);

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
