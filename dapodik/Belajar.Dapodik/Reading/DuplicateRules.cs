namespace Belajar.Dapodik.Reading;

/// <summary>A row whose unique key an earlier row (<paramref name="First"/>) already has.</summary>
internal readonly record struct DuplicateHit(KeyRecord Row, KeyRecord First);

/// <summary>
/// Tells a real duplicate from a PTK registered at several schools. Pure. A row that repeats a key is:
/// <list type="bullet">
/// <item>a <b>duplicate</b> (<c>ganda</c>, rejected) when any repeated key's first row is at the same school (the same person
/// twice in one school, or two rows of one school sharing an id), or when only an id repeats at another school without the
/// same person behind it (a ptk_id with another NIK, a learner's id or NISN: a learner is at one school);</item>
/// <item>a PTK <b>registered at another school</b> too (reported apart, not a data error) when every repeated key's first row
/// is at another school and the person is the same: the same NUPTK, the same NIK where neither row has a NUPTK, or the same
/// ptk_id with the same NIK.</item>
/// </list>
/// A registration at another school goes into its school's roster: with the same ptk_id (and NIK) it is the same account
/// (<c>guru-{ptk_id}</c>, <see cref="SharesAccount"/>); with another ptk_id the run keys it by the person's claim (NUPTK, else NIK),
/// so it is the same account too, which every such school lists. The same NIK is the same person only between rows without a
/// NUPTK, as the accounts are keyed.
/// </summary>
internal static class DuplicateRules
{
    /// <summary>Whether a row registered at another school has the first row's ptk_id (and NIK): its school lists the same account.</summary>
    public static bool SharesAccount(IReadOnlyList<DuplicateHit> hits) => hits.Any(h => h.Row.Kind == KeyKind.PtkPerson);

    /// <summary>The hit that decides the row's verdict, and whether it is a registration at another school.</summary>
    public static (KeyRecord Row, KeyRecord First, bool OtherSchool) Classify(IReadOnlyList<DuplicateHit> hits)
    {
        var sameSchool = hits.Where(h => h.Row.SchoolIndex == h.First.SchoolIndex).OrderBy(h => h.Row.Kind).ToList();
        if (sameSchool.Count > 0)
        {
            var reported = sameSchool.FirstOrDefault(h => h.Row.Kind != KeyKind.PtkPerson, sameSchool[0]);
            return (reported.Row, reported.First, false);
        }

        if (hits.Where(h => h.Row.IdentifiesPerson).OrderBy(h => h.Row.Kind).FirstOrDefault() is { Row.Kind: not 0 } person)
        {
            return (person.Row, person.First, true);
        }

        var first = hits.OrderBy(h => h.Row.Kind).First();
        return (first.Row, first.First, false);
    }
}
