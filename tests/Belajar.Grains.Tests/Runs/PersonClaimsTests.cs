using Belajar.Dapodik;
using Belajar.Domain;
using Belajar.Grains.Admins;
using Belajar.Grains.Runs;
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
        AccountCandidate[] candidates =
        [
            new("guru-aaaa", AccountRole.Guru, Jenjang.SD, "aaaa", "Sri Guru", "1234567890123456", null, null, "3578011503850001"),
            new("guru-bbbb", AccountRole.Guru, Jenjang.SD, "bbbb", "Budi Guru", null, null, null, "3578011503850002"),
        ];

        var keyed = await claims.KeyAsync(candidates);

        Assert.Equal(candidates, keyed);
    }
}
