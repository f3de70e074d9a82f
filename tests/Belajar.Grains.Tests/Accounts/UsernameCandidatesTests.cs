using System.Text.RegularExpressions;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class UsernameCandidatesTests
{
    [Fact]
    public void Candidates_are_base_then_digits_at_the_domain()
    {
        var first = UsernameRules.Candidates("Siti Nurhaliza", "pd-0001", "sd.belajar.id").First();

        Assert.Matches(new Regex("^sitinurhaliza[0-9]{5}@sd\\.belajar\\.id$"), first);
    }

    [Fact]
    public void Candidates_are_deterministic()
    {
        var once = UsernameRules.Candidates("Siti Nurhaliza", "pd-0001", "sd.belajar.id").ToList();
        var again = UsernameRules.Candidates("Siti Nurhaliza", "pd-0001", "sd.belajar.id").ToList();

        Assert.Equal(once, again);
    }

    [Fact]
    public void Candidates_do_not_change_between_versions()
    {
        // A claim retried after an upgrade must try the same addresses: changing the hash breaks resumed runs.
        var firstThree = UsernameRules.Candidates("Siti Nurhaliza", "pd-0001", "sd.belajar.id").Take(3);

        Assert.Equal(["sitinurhaliza05699@sd.belajar.id", "sitinurhaliza295765@sd.belajar.id", "sitinurhaliza4881397@sd.belajar.id"], firstThree);
    }

    [Fact]
    public void Later_candidates_have_more_digits_and_never_repeat()
    {
        var candidates = UsernameRules.Candidates("Budi", "guru-42", "guru.sd.belajar.id").ToList();
        var digitCounts = candidates.Select(c => c[..c.IndexOf('@')].Length - "budi".Length).ToList();

        Assert.Equal(UsernameRules.MaxCandidates, candidates.Count);
        Assert.Equal(candidates.Count, candidates.Distinct().Count());
        Assert.Equal([5, 6, 7, 8, 9, 10, 11, 12, 12, 12], digitCounts.Take(10));
        Assert.All(candidates, c => Assert.True(c.IndexOf('@') <= UsernameRules.MaxBaseLength + UsernameRules.MaxDigits));
    }

    [Fact]
    public void Same_name_different_people_start_at_spread_numbers()
    {
        var firsts = Enumerable.Range(0, 1000)
            .Select(i => UsernameRules.Candidates("Muhammad Rizki", $"pd-{i:D10}", "sd.belajar.id").First())
            .ToList();
        var numbers = firsts.Select(f => int.Parse(f["muhammadrizki".Length..f.IndexOf('@')])).ToList();

        // 1000 draws from 100,000 five-digit numbers: ~5 pairs collide by chance; sequential probing would give 1 distinct.
        Assert.True(firsts.Distinct().Count() > 980, $"only {firsts.Distinct().Count()} distinct first candidates");
        Assert.True(numbers.Count(n => n < 50_000) is > 400 and < 600, "numbers are not spread over the range");
        Assert.True(numbers.Min() < 5_000 && numbers.Max() > 95_000, "numbers do not cover the five-digit range");
    }

    [Fact]
    public void Person_key_not_name_decides_the_digits()
    {
        var a = UsernameRules.Candidates("Siti Nurhaliza", "pd-1", "sd.belajar.id").First();
        var b = UsernameRules.Candidates("Dewi Lestari", "pd-1", "sd.belajar.id").First();

        Assert.Equal(a["sitinurhaliza".Length..], b["dewilestari".Length..]);
    }

    [Fact]
    public void Fallback_names_still_get_digits()
    {
        var first = UsernameRules.Candidates("王小明", "pd-7", "smp.belajar.id").First();

        Assert.Matches(new Regex("^pengguna[0-9]{5}@smp\\.belajar\\.id$"), first);
    }

    [Theory]
    [InlineData("", "sd.belajar.id", "personKey")]
    [InlineData("pd-1", "", "domain")]
    [InlineData("pd-1", "x@sd.belajar.id", "domain")]
    public void Missing_key_or_bad_domain_is_refused(string personKey, string domain, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => UsernameRules.Candidates("Budi", personKey, domain));

        Assert.Equal(parameter, error.ParamName);
    }
}
