using System.Text;
using System.Text.RegularExpressions;
using Belajar.Abstractions.Runs;
using Belajar.Dapodik;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// 20,000 hand-typed names of every awkward kind (seeded, reproducible) through a real run against the emulator: the run
/// completes, every name without a letter is a rejected row, every other one is a created account with a valid address and name.
/// </summary>
public sealed partial class NameFuzzTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    private const int Names = 20_000;
    private const int LearnersPerSchool = 500;

    [Fact]
    public async Task A_run_over_20000_awkward_names_completes_with_every_account_created_or_its_row_rejected()
    {
        var random = new Random(20261202);
        var names = Enumerable.Range(0, Names).Select(i => NameFuzz.Next(random, i)).ToList();
        var snapshot = new TestSnapshot();
        var schools = Enumerable.Range(0, Names / LearnersPerSchool).Select(_ => TestSnapshot.NewSchool()).ToList();
        schools.ForEach(s => snapshot.Add(s));
        for (var i = 0; i < names.Count; i++)
        {
            snapshot.Add(schools[i / LearnersPerSchool], TestSnapshot.NewLearner(names[i].Nama));
        }

        var pusdatin = await app.PusdatinAsync();
        var runId = await app.StartRunAsync(pusdatin, snapshot.Write());
        var run = await EmbeddedApp.WaitForEndAsync(pusdatin, runId, TimeSpan.FromMinutes(5));
        var report = await EmbeddedApp.ReportAsync(pusdatin, runId);

        var withoutLetter = names.Count(n => n.Kind is NameKind.Punctuation or NameKind.EmojiOnly or NameKind.Invisible);
        Assert.Equal(RunState.Completed, run.State);
        Assert.Equal(run.AccountsEligible, run.AccountsCreated + run.AccountsFailed + run.AccountsSkipped);
        Assert.Equal(0, run.AccountsFailed);
        Assert.Equal(Names, run.AccountsEligible + run.RowsRejected);
        Assert.True(run.RowsRejected >= withoutLetter, $"{run.RowsRejected} rows rejected, {withoutLetter} names without a letter");
        Assert.All(report.RejectedRows, r => Assert.Equal("peserta_didik.csv", r.File));
        Assert.All(report.RejectedRows, r => Assert.Contains(r.Column, new[] { "nama" }));
        Assert.Equal(run.RowsRejected, report.RejectedByReason.Where(r => r.Key.Contains("nama", StringComparison.Ordinal)).Sum(r => r.Value));

        var users = app.Emulator.Users;
        Assert.Equal(run.AccountsCreated, users.Count);
        Assert.All(users, u =>
        {
            Assert.Matches(Address(), u.PrimaryEmail);
            Assert.InRange(u.PrimaryEmail.IndexOf('@', StringComparison.Ordinal), 6, 64);
            Assert.InRange(u.GivenName.Length, 1, 60);
            Assert.InRange(u.FamilyName.Length, 1, 60);
            Assert.Null(NameRules.Problem(u.GivenName + u.FamilyName));
            Assert.Equal(NameRules.Sanitize(u.GivenName), u.GivenName);
        });
    }

    [GeneratedRegex("^[a-z]{1,30}[0-9]{5,12}@sd\\.belajar\\.id$")]
    private static partial Regex Address();
}

/// <summary>The kinds of names the fuzz corpus draws from.</summary>
public enum NameKind
{
    Ordinary, Punctuation, TitlesOnly, Han, Arabic, Javanese, EmojiOnly, WithEmoji, Invisible, WithInvisible, SingleLetter, Long, RandomUnicode,
}

/// <summary>One name of the fuzz corpus.</summary>
public sealed record FuzzName(NameKind Kind, string Nama);

/// <summary>Draws names of each <see cref="NameKind"/>, deterministic from the random generator's seed.</summary>
public static class NameFuzz
{
    private static readonly string[] Words = ["Siti", "Budi", "Made", "Putu", "Ahmad", "Nurhaliza", "Wirawan", "Dewi", "Rizki", "Ma'ruf", "Nur-Aini", "Đức"];
    private static readonly string[] Titles = ["Drs.", "H.", "Hj.", "S.Pd.", "Dr.", "Ir.", "M.Pd"];
    private static readonly string[] Emoji = ["\U0001F600", "\u2764\uFE0F", "\U0001F44D\U0001F3FD", "\U0001F1EE\U0001F1E9", "\U0001F468\u200D\U0001F469\u200D\U0001F467"];
    private static readonly string[] Invisible = ["\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u0007", "\u0001", "\u001F", "\u00AD"];

    public static FuzzName Next(Random random, int index)
    {
        var kind = (NameKind)(index % Enum.GetValues<NameKind>().Length);
        var nama = kind switch
        {
            NameKind.Ordinary => $"{Pick(random, Words)} {Pick(random, Words)}",
            NameKind.Punctuation => new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => "-.'_/()!?"[random.Next(9)]).ToArray()),
            NameKind.TitlesOnly => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Titles))),
            NameKind.Han => Draw(random, 0x4E00, 0x9FFF, random.Next(1, 5)),
            NameKind.Arabic => $"{Draw(random, 0x0621, 0x064A, random.Next(2, 7))} {Draw(random, 0x0621, 0x064A, random.Next(2, 7))}",
            NameKind.Javanese => Draw(random, 0xA984, 0xA9B2, random.Next(2, 8)),
            NameKind.EmojiOnly => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Emoji))),
            NameKind.WithEmoji => $"{Pick(random, Words)} {Pick(random, Emoji)} {Pick(random, Words)}{Pick(random, Emoji)}",
            NameKind.Invisible => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Invisible))),
            NameKind.WithInvisible => $"{Pick(random, Invisible)}{Pick(random, Words)}{Pick(random, Invisible)} {Pick(random, Words)}",
            NameKind.SingleLetter => ((char)('A' + random.Next(26))).ToString(),
            NameKind.Long => string.Join(' ', Enumerable.Range(0, 40).Select(_ => Pick(random, Words)))[..200],
            _ => RandomUnicode(random),
        };
        return new FuzzName(kind, nama);
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    private static string Draw(Random random, int first, int last, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => char.ConvertFromUtf32(random.Next(first, last + 1))));

    /// <summary>Random code points of the whole range, lone surrogates included (a file turns them into U+FFFD), never a line break.</summary>
    private static string RandomUnicode(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(1, 12); i > 0; i--)
        {
            var value = random.Next(0, 0x30000);
            if (value is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                continue;
            }

            builder.Append(value is >= 0xD800 and <= 0xDFFF ? ((char)value).ToString() : char.ConvertFromUtf32(value));
        }

        return builder.ToString();
    }
}
