using Belajar.Domain;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class AccountDomainsTests
{
    [Theory]
    [InlineData(AccountRole.PesertaDidik, Jenjang.SD, "sd.belajar.id")]
    [InlineData(AccountRole.PesertaDidik, Jenjang.SMP, "smp.belajar.id")]
    [InlineData(AccountRole.PesertaDidik, Jenjang.SMA, "sma.belajar.id")]
    [InlineData(AccountRole.PesertaDidik, Jenjang.SMK, "smk.belajar.id")]
    [InlineData(AccountRole.PesertaDidik, Jenjang.SLB, "slb.belajar.id")]
    [InlineData(AccountRole.Guru, Jenjang.SD, "guru.sd.belajar.id")]
    [InlineData(AccountRole.Guru, Jenjang.SMK, "guru.smk.belajar.id")]
    [InlineData(AccountRole.KepalaSekolah, Jenjang.SMP, "admin.smp.belajar.id")]
    [InlineData(AccountRole.Operator, Jenjang.SLB, "admin.slb.belajar.id")]
    public void Default_domains_follow_belajar_id(AccountRole role, Jenjang jenjang, string expected)
    {
        var domains = new AccountDomains(new AccountDomainOptions());

        Assert.Equal(expected, domains.DomainFor(role, jenjang));
    }

    [Fact]
    public void Root_domain_and_templates_are_configurable()
    {
        var domains = new AccountDomains(new AccountDomainOptions
        {
            RootDomain = "Uji.Belajar.ID",
            TeacherTemplate = "pendidik-{jenjang}.{root}",
        });

        Assert.Equal("sma.uji.belajar.id", domains.DomainFor(AccountRole.PesertaDidik, Jenjang.SMA));
        Assert.Equal("pendidik-sma.uji.belajar.id", domains.DomainFor(AccountRole.Guru, Jenjang.SMA));
        Assert.Equal("admin.sma.uji.belajar.id", domains.DomainFor(AccountRole.Operator, Jenjang.SMA));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("belajar", null)]
    [InlineData("belajar.id", "guru {jenjang}.{root}")]
    [InlineData("belajar.id", "guru..{root}")]
    public void Invalid_configuration_names_the_setting(string root, string? teacherTemplate)
    {
        var options = new AccountDomainOptions { RootDomain = root };
        if (teacherTemplate is not null)
        {
            options.TeacherTemplate = teacherTemplate;
        }

        var error = Assert.Throws<ArgumentException>(() => new AccountDomains(options));

        Assert.Contains("Accounts:Domains:", error.Message);
        Assert.Contains(teacherTemplate is null ? "RootDomain" : "TeacherTemplate", error.Message);
    }

    [Fact]
    public void Undefined_role_is_refused()
    {
        var domains = new AccountDomains(new AccountDomainOptions());

        Assert.Throws<ArgumentOutOfRangeException>(() => domains.DomainFor((AccountRole)99, Jenjang.SD));
    }
}
