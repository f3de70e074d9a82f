using Belajar.Domain;
using System.Text.RegularExpressions;
using Belajar.Dapodik;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Resolves the Google Workspace domain of an account from its role and jenjang, e.g.
/// <c>(PesertaDidik, SD)</c> → <c>sd.belajar.id</c>, <c>(Guru, SMA)</c> → <c>guru.sma.belajar.id</c>,
/// <c>(Operator, SMK)</c> → <c>admin.smk.belajar.id</c>. Every domain is computed and validated once,
/// in the constructor, so a bad configuration fails at start-up with a message naming the setting.
/// </summary>
public sealed partial class AccountDomains
{
    private readonly Dictionary<(AccountRole Role, Jenjang Jenjang), string> _domains;

    /// <summary>Builds the table of domains; throws <see cref="ArgumentException"/> if a template makes an invalid domain.</summary>
    public AccountDomains(AccountDomainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _domains = TryBuild(options, out var problem) ?? throw new ArgumentException(problem, nameof(options));
    }

    /// <summary>
    /// The domain of every role and jenjang, or null and the problem (naming the setting) when the root or a template makes a
    /// name that is not a domain (<see cref="AccountDomainOptionsValidator"/> refuses such options at start-up).
    /// </summary>
    internal static Dictionary<(AccountRole Role, Jenjang Jenjang), string>? TryBuild(AccountDomainOptions options, out string? problem)
    {
        var root = (options.RootDomain ?? string.Empty).Trim().ToLowerInvariant();
        if (!DomainPattern().IsMatch(root))
        {
            problem = $"{AccountDomainOptions.SectionName}:{nameof(AccountDomainOptions.RootDomain)} must be a domain name, e.g. 'belajar.id'; it is '{options.RootDomain}'.";
            return null;
        }

        var domains = new Dictionary<(AccountRole Role, Jenjang Jenjang), string>();
        foreach (var role in Enum.GetValues<AccountRole>())
        {
            var (setting, template) = TemplateFor(options, role);
            foreach (var jenjang in Enum.GetValues<Jenjang>())
            {
                var domain = (template ?? string.Empty)
                    .Replace("{jenjang}", jenjang.ToString().ToLowerInvariant(), StringComparison.Ordinal)
                    .Replace("{root}", root, StringComparison.Ordinal)
                    .Trim()
                    .ToLowerInvariant();
                if (!DomainPattern().IsMatch(domain))
                {
                    problem = $"{AccountDomainOptions.SectionName}:{setting} must make a domain name of letters, digits, '-', '.', '{{jenjang}}' and '{{root}}', e.g. 'guru.{{jenjang}}.{{root}}'; it is '{template}', which gives '{domain}' for {jenjang}.";
                    return null;
                }

                domains[(role, jenjang)] = domain;
            }
        }

        problem = null;
        return domains;
    }

    /// <summary>The domain of an account of <paramref name="role"/> at a school of <paramref name="jenjang"/>.</summary>
    public string DomainFor(AccountRole role, Jenjang jenjang) =>
        _domains.TryGetValue((role, jenjang), out var domain)
            ? domain
            : throw new ArgumentOutOfRangeException(nameof(role), $"No account domain for role {role} and jenjang {jenjang}: both must be defined values.");

    private static (string Setting, string Template) TemplateFor(AccountDomainOptions options, AccountRole role) => role switch
    {
        AccountRole.PesertaDidik => (nameof(AccountDomainOptions.LearnerTemplate), options.LearnerTemplate),
        AccountRole.Guru => (nameof(AccountDomainOptions.TeacherTemplate), options.TeacherTemplate),
        AccountRole.KepalaSekolah or AccountRole.Operator => (nameof(AccountDomainOptions.AdminTemplate), options.AdminTemplate),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown account role."),
    };

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex DomainPattern();
}
