using Belajar.Dapodik;
using Belajar.Domain;
using Belajar.Grains.Admins;
using Belajar.Grains.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Tests.Runs;

/// <summary>Without <c>Secrets:NikPepper</c> there are no person claims: each ptk_id keys its own account, and no grain is asked.</summary>
public sealed class PersonClaimsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("c2hvcnQ=")] // too short to key anything
    public async Task Without_a_usable_pepper_every_candidate_keeps_its_own_key(string? pepper)
    {
        var claims = new PersonClaims(null!, Options.Create(new NikHashOptions { NikPepper = pepper }), NullLogger<PersonClaims>.Instance);

        var keyed = await claims.KeyAsync(Candidates);

        Assert.Equal(Candidates, keyed);
    }

    [Fact]
    public async Task Without_a_pepper_in_options_validated_as_the_silo_registers_them_a_run_keys_by_ptk_id_instead_of_failing()
    {
        var services = new ServiceCollection();
        services.AddOptions<NikHashOptions>();
        services.AddSingleton<IValidateOptions<NikHashOptions>, NikHashOptionsValidator>();
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<NikHashOptions>>();
        Assert.Throws<OptionsValidationException>(() => options.Value); // what a silo without Secrets:NikPepper reads
        var claims = new PersonClaims(null!, options, NullLogger<PersonClaims>.Instance);

        var keyed = await claims.KeyAsync(Candidates);

        Assert.Equal(Candidates, keyed);
    }

    private static readonly AccountCandidate[] Candidates =
    [
        new("guru-aaaa", AccountRole.Guru, Jenjang.SD, "aaaa", "Sri Guru", "1234567890123456", null, null, "3578011503850001"),
        new("guru-bbbb", AccountRole.Guru, Jenjang.SD, "bbbb", "Budi Guru", null, null, null, "3578011503850002"),
    ];
}
