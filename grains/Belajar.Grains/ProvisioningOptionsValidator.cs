using Microsoft.Extensions.Options;

namespace Belajar.Grains;

/// <summary>Refuses <see cref="ProvisioningOptions"/> at start-up that would make runs fail on every tick, naming the setting to fix.</summary>
public sealed class ProvisioningOptionsValidator : IValidateOptions<ProvisioningOptions>
{
    private const string Section = ProvisioningOptions.Section;

    public ValidateOptionsResult Validate(string? name, ProvisioningOptions options)
    {
        var problems = new SettingProblems();
        problems.AtLeast($"{Section}:{nameof(options.AccountsPerSchool)}", options.AccountsPerSchool, 1);
        problems.AtLeast($"{Section}:{nameof(options.SchoolsInFlight)}", options.SchoolsInFlight, 1);
        problems.AtLeast($"{Section}:{nameof(options.MaxAttempts)}", options.MaxAttempts, 1);
        problems.Positive($"{Section}:{nameof(options.SchoolTimeout)}", options.SchoolTimeout);
        problems.Positive($"{Section}:{nameof(options.PumpInterval)}", options.PumpInterval);
        problems.Positive($"{Section}:{nameof(options.RetryBackoff)}", options.RetryBackoff);
        problems.Positive($"{Section}:{nameof(options.StallTimeout)}", options.StallTimeout);
        problems.AtLeast($"{Section}:{nameof(options.MaxRetryBackoff)}", options.MaxRetryBackoff, options.RetryBackoff, $"{Section}:{nameof(options.RetryBackoff)}");
        return problems.Result();
    }
}
