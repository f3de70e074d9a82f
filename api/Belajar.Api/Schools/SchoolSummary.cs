using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Api.Accounts;

namespace Belajar.Api.Schools;

/// <summary>What <c>GET /api/v1/schools/{npsn}/summary</c> answers: the school, its funnel per kind, its rombels, deadline and sync turn.</summary>
/// <param name="Deadline">When the accounts not yet activated are deactivated (<see cref="SchoolDeadline"/>).</param>
/// <param name="DaysLeft">Whole days until <paramref name="Deadline"/>, 0 once passed.</param>
/// <param name="SyncAvailableInSeconds">0 when "Sinkronkan sekarang" may be pressed now, else the seconds to wait.</param>
public sealed record SchoolSummary(
    string Npsn,
    string Nama,
    string Kecamatan,
    string KabupatenKota,
    string Provinsi,
    FunnelCounters Total,
    IReadOnlyList<KindSummary> Kinds,
    IReadOnlyList<RombelSummary> Rombels,
    DateTimeOffset Deadline,
    int DaysLeft,
    int SyncAvailableInSeconds,
    int SyncMinimumIntervalSeconds);

/// <summary>The funnel of one kind (<c>peserta-didik</c>, <c>ptk</c>, <c>admin</c>).</summary>
public sealed record KindSummary(string Kind, FunnelCounters Counters);

/// <summary>A learners' rombel, its grade and how many accounts it has.</summary>
public sealed record RombelSummary(string Rombel, int? Tingkat, int Accounts);

/// <summary>Builds a <see cref="SchoolSummary"/> from the school's accounts.</summary>
public static class SchoolSummaries
{
    /// <summary>The summary of <paramref name="school"/> with <paramref name="accounts"/>.</summary>
    public static SchoolSummary Of(
        SchoolInfo school, IReadOnlyList<AccountView> accounts, SchoolDeadlineOptions deadline, DateTimeOffset now, TimeSpan syncWait, TimeSpan syncInterval)
    {
        var due = SchoolDeadline.Of(accounts, deadline);
        var kinds = new[] { AccountKind.PesertaDidik, AccountKind.Ptk, AccountKind.Admin }
            .Select(kind => new KindSummary(AccountKindNames.Name(kind), FunnelCounters.Of(accounts.Where(a => AccountKinds.Of(a.Role) == kind))))
            .ToList();
        var rombels = accounts
            .Where(a => AccountKinds.Of(a.Role) == AccountKind.PesertaDidik && !string.IsNullOrWhiteSpace(a.Rombel))
            .GroupBy(a => a.Rombel!.Trim(), StringComparer.Ordinal)
            .Select(g => new RombelSummary(g.Key, g.Select(a => a.Tingkat).Min(), g.Count()))
            .OrderBy(r => r.Tingkat ?? int.MaxValue)
            .ThenBy(r => r.Rombel, RombelOrder.Instance)
            .ToList();
        return new SchoolSummary(
            school.Npsn, school.Nama, school.Kecamatan, school.KabupatenKota, school.Provinsi,
            FunnelCounters.Of(accounts), kinds, rombels, due, SchoolDeadline.DaysLeft(due, now),
            (int)Math.Ceiling(syncWait.TotalSeconds), (int)Math.Ceiling(syncInterval.TotalSeconds));
    }
}

/// <summary>Orders rombel names as people read them: digits by value ("2A" before "10A"), the rest by culture-free text.</summary>
public sealed class RombelOrder : IComparer<string?>
{
    public static readonly RombelOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var si = i;
                var sj = j;
                while (i < x.Length && char.IsAsciiDigit(x[i]))
                {
                    i++;
                }

                while (j < y.Length && char.IsAsciiDigit(y[j]))
                {
                    j++;
                }

                var a = x[si..i].TrimStart('0');
                var b = y[sj..j].TrimStart('0');
                var byValue = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                if (byValue != 0)
                {
                    return byValue;
                }

                continue;
            }

            var byChar = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }
}
