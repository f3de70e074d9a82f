using Belajar.Grains.Admins;
using Microsoft.Extensions.Options;

namespace Belajar.Admins.Tests;

public sealed class NikHashTests
{
    private const string Nik = "3201011508850001";
    private static readonly string Pepper = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static NikHashes With(string? pepper) => new(Options.Create(new NikHashOptions { NikPepper = pepper }));

    [Fact]
    public void A_nik_hash_is_keyed_by_the_pepper_so_that_it_cannot_be_recomputed_without_it()
    {
        var hash = With(Pepper).Of("020100", Nik);

        Assert.StartsWith(NikHashes.Prefix, hash, StringComparison.Ordinal);
        Assert.NotEqual(hash, With(NikHashOptions.Generate()).Of("020100", Nik));
        Assert.NotEqual(hash, With(Pepper).Of("020200", Nik));
        Assert.DoesNotContain(NikHashes.Legacy("020100", Nik), hash, StringComparison.Ordinal);
        Assert.True(With(Pepper).Matches(hash, "020100", Nik));
        Assert.False(With(Pepper).Matches(hash, "020100", "3201011508850002"));
    }

    [Fact]
    public void A_hash_stored_before_the_pepper_still_matches_its_nik_and_is_told_apart()
    {
        var legacy = NikHashes.Legacy("020100", Nik);

        Assert.True(NikHashes.IsLegacy(legacy));
        Assert.True(With(Pepper).Matches(legacy, "020100", Nik));
        Assert.False(With(Pepper).Matches(legacy, "020100", "3201011508850002"));
        Assert.False(NikHashes.IsLegacy(With(Pepper).Of("020100", Nik)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64!")]
    public void A_missing_or_short_pepper_is_refused_naming_the_setting(string? pepper)
    {
        var result = new NikHashOptionsValidator().Validate(null, new NikHashOptions { NikPepper = pepper });

        Assert.True(result.Failed);
        Assert.Contains("Secrets:NikPepper", result.FailureMessage, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => With(pepper).Of("020100", Nik));
    }
}
