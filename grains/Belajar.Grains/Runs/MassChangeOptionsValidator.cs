using Microsoft.Extensions.Options;

namespace Belajar.Grains.Runs;

/// <summary>Refuses <see cref="MassChangeOptions"/> that would disable the guard by accident, naming the setting to fix.</summary>
public sealed class MassChangeOptionsValidator : IValidateOptions<MassChangeOptions>
{
    private const string Section = MassChangeOptions.Section;

    public ValidateOptionsResult Validate(string? name, MassChangeOptions options)
    {
        var problems = new SettingProblems();
        if (double.IsNaN(options.MaxShare) || options.MaxShare < 0 || options.MaxShare > 1)
        {
            problems.Add($"{Section}:{nameof(options.MaxShare)}", "a share between 0 and 1, e.g. 0.05 for 5 %", options.MaxShare);
        }

        problems.AtLeast($"{Section}:{nameof(options.MaxAccounts)}", options.MaxAccounts, 0);
        return problems.Result();
    }
}
