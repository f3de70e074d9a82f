using Microsoft.Extensions.Options;

namespace Belajar.Grains.Quota;

/// <summary>Refuses shares that could starve a class (0 or less) or that promise more than the whole quota.</summary>
public sealed class QuotaSharesOptionsValidator : IValidateOptions<QuotaSharesOptions>
{
    private const string Section = QuotaSharesOptions.Section;

    public ValidateOptionsResult Validate(string? name, QuotaSharesOptions options)
    {
        var problems = new SettingProblems();
        var shares = new (string Setting, int Value)[]
        {
            (nameof(options.Interactive), options.Interactive), (nameof(options.Sync), options.Sync),
            (nameof(options.Bulk), options.Bulk), (nameof(options.Deadline), options.Deadline),
        };
        foreach (var (setting, value) in shares)
        {
            if (value is < 1 or > 100)
            {
                problems.Add($"{Section}:{setting}", "a percentage from 1 to 100 (the class's guaranteed share of the quota)", value);
            }
        }

        var total = shares.Sum(s => s.Value);
        if (total > 100)
        {
            problems.Add(
                $"{Section}:Interactive + {Section}:Sync + {Section}:Bulk + {Section}:Deadline",
                "at most 100 (percent of the quota: lower one of them)",
                total);
        }

        return problems.Result();
    }
}
