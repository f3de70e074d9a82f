using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class InitialPasswordsTests
{
    private static readonly List<string> _sample = Enumerable.Range(0, 20_000).Select(_ => InitialPasswords.Generate()).ToList();

    [Fact]
    public void Passwords_are_12_characters_from_the_alphabet_with_every_class()
    {
        Assert.All(_sample, p =>
        {
            Assert.Equal(12, p.Length);
            Assert.All(p, c => Assert.Contains(c, InitialPasswords.Alphabet));
            Assert.Contains(p, c => char.IsLower(c));
            Assert.Contains(p, c => char.IsUpper(c));
            Assert.Contains(p, c => char.IsDigit(c));
        });
    }

    [Fact]
    public void Alphabet_has_no_look_alikes()
    {
        Assert.All("0Oo1lIi", c => Assert.DoesNotContain(c, InitialPasswords.Alphabet));
        Assert.Equal(InitialPasswords.Alphabet.Length, InitialPasswords.Alphabet.Distinct().Count());
    }

    [Fact]
    public void Passwords_do_not_repeat()
    {
        Assert.Equal(_sample.Count, _sample.Distinct().Count());
    }

    [Theory]
    [InlineData(InitialPasswords.Lower)]
    [InlineData(InitialPasswords.Upper)]
    [InlineData(InitialPasswords.Digits)]
    public void Characters_of_a_class_are_used_about_equally_often(string characterClass)
    {
        var counts = _sample.SelectMany(p => p).Where(c => characterClass.Contains(c)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var mean = counts.Values.Average();

        // Digits are a bit more frequent than letters (passwords without one are redrawn), but within a class
        // every character is equally likely: thousands per character, ±15% is over ten standard deviations.
        Assert.Equal(characterClass.Length, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, mean * 0.85, mean * 1.15));
    }
}
