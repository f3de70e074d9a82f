using Microsoft.Extensions.Options;

namespace Belajar.Grains.Accounts;

/// <summary>Refuses <see cref="AccountDomainOptions"/> whose root or templates make a name that is not a domain, naming the setting.</summary>
public sealed class AccountDomainOptionsValidator : IValidateOptions<AccountDomainOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountDomainOptions options) =>
        AccountDomains.TryBuild(options, out var problem) is null ? ValidateOptionsResult.Fail(problem!) : ValidateOptionsResult.Success;
}
