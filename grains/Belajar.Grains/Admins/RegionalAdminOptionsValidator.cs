using Microsoft.Extensions.Options;

namespace Belajar.Grains.Admins;

/// <summary>Refuses <see cref="RegionalAdminOptions"/> that cannot make administrators' accounts, naming the setting to fix.</summary>
public sealed class RegionalAdminOptionsValidator : IValidateOptions<RegionalAdminOptions>
{
    private const string Section = RegionalAdminOptions.Section;

    public ValidateOptionsResult Validate(string? name, RegionalAdminOptions options)
    {
        var problems = new SettingProblems();
        if (string.IsNullOrWhiteSpace(options.AdminWilayahDomain) || !options.AdminWilayahDomain.Contains('.') || options.AdminWilayahDomain.Contains('@'))
        {
            problems.Add($"{Section}:{nameof(options.AdminWilayahDomain)}", "a domain name, e.g. 'dikbud.belajar.id'", options.AdminWilayahDomain);
        }

        if (string.IsNullOrWhiteSpace(options.AdminWilayahRole))
        {
            problems.Add($"{Section}:{nameof(options.AdminWilayahRole)}", "the name of a Directory role, e.g. '_USER_MANAGEMENT_ADMIN_ROLE'", options.AdminWilayahRole);
        }

        return problems.Result();
    }
}
