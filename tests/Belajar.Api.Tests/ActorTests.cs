using System.Security.Claims;
using Belajar.Api.Auth;

namespace Belajar.Api.Tests;

public sealed class ActorTests
{
    [Fact]
    public void The_actor_is_the_sub_claim()
    {
        var user = Principal((BelajarClaims.Subject, "operator.a@sekolah.id"), (ClaimTypes.NameIdentifier, "other"));

        Assert.Equal("operator.a@sekolah.id", user.Actor());
    }

    [Fact]
    public void An_external_authoritys_mapped_name_identifier_is_the_actor_when_there_is_no_sub()
    {
        Assert.Equal("dinas.jabar", Principal((ClaimTypes.NameIdentifier, "dinas.jabar")).Actor());
    }

    [Fact]
    public void An_anonymous_caller_has_an_empty_actor()
    {
        Assert.Equal("", new ClaimsPrincipal(new ClaimsIdentity()).Actor());
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
