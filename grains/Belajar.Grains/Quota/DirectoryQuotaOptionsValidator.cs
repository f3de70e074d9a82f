using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Quota;

/// <summary>Refuses <see cref="DirectoryQuotaOptions"/> that would leave the cluster without a quota grain or a working poll.</summary>
public sealed partial class DirectoryQuotaOptionsValidator : IValidateOptions<DirectoryQuotaOptions>
{
    private const string Section = DirectoryQuotaOptions.Section;

    public ValidateOptionsResult Validate(string? name, DirectoryQuotaOptions options)
    {
        var problems = new SettingProblems();
        if (options.Project is null || !ProjectPattern().IsMatch(options.Project))
        {
            problems.Add($"{Section}:{nameof(options.Project)}", "1-64 letters, digits, '.', '_' or '-' (the Google project, e.g. 'default')", options.Project);
        }

        problems.Positive($"{Section}:{nameof(options.IdlePoll)}", options.IdlePoll);
        return problems.Result(); // QueriesPerMinute: any number (0 or less turns the limiter off)
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ProjectPattern();
}
