using Microsoft.Extensions.Options;

namespace Belajar.Grains;

/// <summary>Refuses <see cref="ProvisioningOptions"/> at start-up that would make runs fail on every tick, saying which setting to fix.</summary>
public sealed class ProvisioningOptionsValidator : IValidateOptions<ProvisioningOptions>
{
    public ValidateOptionsResult Validate(string? name, ProvisioningOptions options)
    {
        var errors = new List<string>();
        Positive(errors, nameof(options.AccountsPerSchool), options.AccountsPerSchool, "16");
        Positive(errors, nameof(options.SchoolsInFlight), options.SchoolsInFlight, "64");
        Positive(errors, nameof(options.MaxAttempts), options.MaxAttempts, "5");
        Positive(errors, nameof(options.SchoolTimeout), options.SchoolTimeout, "00:05:00");
        Positive(errors, nameof(options.PumpInterval), options.PumpInterval, "00:00:00.500");
        Positive(errors, nameof(options.RetryBackoff), options.RetryBackoff, "00:00:10");
        Positive(errors, nameof(options.StallTimeout), options.StallTimeout, "00:10:00");
        if (options.MaxRetryBackoff < options.RetryBackoff)
        {
            errors.Add($"Provisioning:MaxRetryBackoff is {options.MaxRetryBackoff}, below Provisioning:RetryBackoff {options.RetryBackoff}: give at least as much, e.g. 00:05:00.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string setting, int value, string example)
    {
        if (value < 1)
        {
            errors.Add($"Provisioning:{setting} is {value}: give 1 or more, e.g. {example}.");
        }
    }

    private static void Positive(List<string> errors, string setting, TimeSpan value, string example)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"Provisioning:{setting} is {value}: give a positive time span, e.g. {example}.");
        }
    }
}
