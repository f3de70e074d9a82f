using Microsoft.Extensions.Options;

namespace Belajar.Grains.Accounts;

/// <summary>Refuses <see cref="PasswordProtectionOptions"/> whose keys cannot encrypt initial passwords, naming the setting (never a key).</summary>
public sealed class PasswordProtectionOptionsValidator : IValidateOptions<PasswordProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, PasswordProtectionOptions options) =>
        PasswordProtector.TryReadKeys(options, out var problem) is null ? ValidateOptionsResult.Fail(problem!) : ValidateOptionsResult.Success;
}
