using Belajar.TestSupport;

namespace Belajar.Pages.Tests;

/// <summary>A school operator of the sample snapshot with its demo password (<c>operator-passwords.csv</c> beside the snapshot).</summary>
public sealed record DemoOperator(string Username, string Password, string Npsn, string SchoolName);

/// <summary>
/// The sample snapshot's operators who sign in with the demo passwords file, by school. Each test class uses its own school, so
/// that one test's downloads (which mark accounts distributed), resets and activations never change what another test sees.
/// </summary>
public static class DemoOperators
{
    /// <summary>School for sign-in, language and the refusal of another school (SD, 20 learners).</summary>
    public const string SignInSchool = "11234567";

    /// <summary>School whose files are downloaded (SMP, 55 learners).</summary>
    public const string DownloadSchool = "11242486";

    /// <summary>School whose cards are printed (SMK, 78 learners).</summary>
    public const string CardsSchool = "11258324";

    /// <summary>School whose passwords are reset (SD, 26 learners).</summary>
    public const string ResetSchool = "11282081";

    /// <summary>School seen on a phone (SMA, long rombel names).</summary>
    public const string PhoneSchool = "11313757";

    /// <summary>School used with the keyboard only (SMP).</summary>
    public const string KeyboardSchool = "11290000";

    /// <summary>School that syncs (SMK).</summary>
    public const string SyncSchool = "11321676";

    private static readonly Lazy<IReadOnlyList<DemoOperator>> All = new(Read);

    /// <summary>The first operator of <paramref name="npsn"/> with a demo password.</summary>
    public static DemoOperator Of(string npsn) => All.Value.First(o => o.Npsn == npsn);

    private static IReadOnlyList<DemoOperator> Read()
    {
        var folder = Belajar.DevHost.Embedded.SampleSnapshot.Find()!;
        var passwords = CsvRows.FromFile(Path.Combine(folder, "operator-passwords.csv")).ToDictionary(r => r["username"], r => r["password"]);
        var schools = CsvRows.FromFile(Path.Combine(folder, "sekolah.csv")).ToDictionary(r => r["sekolah_id"]);
        return CsvRows.FromFile(Path.Combine(folder, "pengguna.csv"))
            .Where(r => r["peran"] == "operator" && passwords.ContainsKey(r["username"]) && schools.ContainsKey(r["sekolah_id"]))
            .Select(r => new DemoOperator(r["username"], passwords[r["username"]], schools[r["sekolah_id"]]["npsn"], schools[r["sekolah_id"]]["nama"]))
            .ToList();
    }
}
