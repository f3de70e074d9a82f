using System.Security.Claims;
using Belajar.Api.Auth;

namespace Belajar.Api.Tests;

public sealed class TenantScopeTests
{
    [Theory]
    [InlineData("320000", "320000", true)]
    [InlineData("320000", "320500", true)]
    [InlineData("320000", "320512", true)]
    [InlineData("320500", "320512", true)]
    [InlineData("320500", "320600", false)]
    [InlineData("320500", "320000", false)]
    [InlineData("320512", "320500", false)]
    [InlineData("320000", "330000", false)]
    [InlineData("320000", "32", false)]
    public void Region_contains_itself_and_its_children_only(string outer, string inner, bool contains)
    {
        Assert.Equal(contains, TenantScope.Contains(outer, inner));
    }

    [Fact]
    public void Dinas_and_regional_administrators_reach_their_region_and_below()
    {
        var dinas = User(BelajarRoles.Dinas, kode: "320000");
        var admin = User(BelajarRoles.AdminWilayah, kode: "320500");

        Assert.True(TenantScope.CanAccessRegion(dinas, "320512"));
        Assert.False(TenantScope.CanAccessRegion(dinas, "310000"));
        Assert.True(TenantScope.CanAccessRegion(admin, "320500"));
        Assert.False(TenantScope.CanAccessRegion(admin, "320000"));
    }

    [Theory]
    [InlineData(BelajarRoles.Dinas)]
    [InlineData(BelajarRoles.AdminWilayah)]
    public void A_regional_token_for_the_nation_reaches_no_region(string role)
    {
        var nation = User(role, kode: "000000");

        Assert.False(TenantScope.CanAccessRegion(nation, "000000"));
        Assert.False(TenantScope.CanAccessRegion(nation, "000100"));
        Assert.False(TenantScope.CanAccessRegion(User(role, kode: "020000"), "000000"));
        Assert.True(TenantScope.CanAccessRegion(User(BelajarRoles.Pusdatin), "000000"));
    }

    [Fact]
    public void Operators_reach_no_region_and_only_their_own_school()
    {
        var op = User(BelajarRoles.Operator, npsn: "P9984383");

        Assert.True(TenantScope.CanAccessSchool(op, "p9984383"));
        Assert.False(TenantScope.CanAccessSchool(op, "20200001"));
        Assert.False(TenantScope.CanAccessRegion(op, "320000"));
    }

    [Fact]
    public void Pusdatin_reaches_every_school_and_region()
    {
        var pusdatin = User(BelajarRoles.Pusdatin);

        Assert.True(TenantScope.CanAccessSchool(pusdatin, "20200001"));
        Assert.True(TenantScope.CanAccessRegion(pusdatin, "990000"));
    }

    [Fact]
    public void A_school_claim_without_the_operator_role_reaches_nothing()
    {
        var dinasWithNpsn = User(BelajarRoles.Dinas, npsn: "20200001", kode: "320000");

        Assert.False(TenantScope.CanAccessSchool(dinasWithNpsn, "20200001"));
    }

    private static ClaimsPrincipal User(string role, string? npsn = null, string? kode = null)
    {
        var claims = new List<Claim> { new(BelajarClaims.Subject, "someone"), new(BelajarClaims.Role, role) };
        if (npsn is not null)
        {
            claims.Add(new Claim(BelajarClaims.Npsn, npsn));
        }

        if (kode is not null)
        {
            claims.Add(new Claim(BelajarClaims.KodeWilayah, kode));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", BelajarClaims.Subject, BelajarClaims.Role));
    }
}
