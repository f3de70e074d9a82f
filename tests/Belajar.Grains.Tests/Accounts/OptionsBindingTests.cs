using Belajar.Domain;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;
using Microsoft.Extensions.Configuration;

namespace Belajar.Grains.Tests.Accounts;

public class OptionsBindingTests
{
    [Fact]
    public void Account_domains_bind_from_their_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Accounts:Domains:RootDomain"] = "belajar.example" })
            .Build();

        var options = configuration.GetSection(AccountDomainOptions.SectionName).Get<AccountDomainOptions>()!;

        Assert.Equal("guru.smp.belajar.example", new AccountDomains(options).DomainFor(AccountRole.Guru, Jenjang.SMP));
    }

    [Fact]
    public void Password_keys_bind_from_the_secrets_section()
    {
        var key = PasswordProtectionOptions.GenerateKey();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Secrets:PasswordKeys:k2026"] = key,
                ["Secrets:ActivePasswordKeyId"] = "k2026",
            })
            .Build();

        var options = configuration.GetSection(PasswordProtectionOptions.SectionName).Get<PasswordProtectionOptions>()!;
        var protector = new PasswordProtector(options);

        Assert.Equal("k2026", protector.ActiveKeyId);
        Assert.Equal("Abc23xyzPQ45", protector.Unprotect(protector.Protect("Abc23xyzPQ45", "pd-1"), "pd-1"));
    }
}
