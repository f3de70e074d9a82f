using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belajar.Hosting;

/// <summary>
/// Orleans writes whole messages to its Trace-level log, body included (a reset password, a NIK, an initial password a grain
/// answers), whatever the record's own text hides: a plain string answer prints as it is. Silos and clients cap the Orleans
/// categories at Debug, so that no configuration of the log level brings message bodies into the log. A cap only: wherever the
/// configuration asks for Debug or less detail (Information by default), that is what Orleans logs.
/// </summary>
public static class OrleansTraceCap
{
    /// <summary>The log categories capped (Orleans' own, all of them).</summary>
    public const string Category = "Orleans";

    public static IServiceCollection AddOrleansTraceCap(this IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(Apply);

    /// <summary>
    /// Raises every rule that would let an Orleans category log at Trace to Debug, once the configuration's rules are in:
    /// the Orleans rules at Trace, and, for a provider whose rule without a category is Trace (or, with no such rule at all, a
    /// Trace minimum), a Debug rule for the Orleans categories, which is more specific and so wins for them.
    /// </summary>
    public static void Apply(LoggerFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rules = options.Rules;
        for (var i = 0; i < rules.Count; i++)
        {
            if (IsOrleans(rules[i]) && rules[i].LogLevel is LogLevel.Trace)
            {
                rules[i] = new LoggerFilterRule(rules[i].ProviderName, rules[i].CategoryName, LogLevel.Debug, rules[i].Filter);
            }
        }

        var providers = rules.Where(r => r.CategoryName is null && r.LogLevel is LogLevel.Trace).Select(r => r.ProviderName).Distinct().ToList();
        if (options.MinLevel is LogLevel.Trace && !rules.Any(r => r.ProviderName is null && r.CategoryName is null))
        {
            providers.Add(null);
        }

        foreach (var provider in providers.Distinct())
        {
            if (!rules.Any(r => r.ProviderName == provider && IsOrleans(r)))
            {
                rules.Add(new LoggerFilterRule(provider, Category, LogLevel.Debug, filter: null));
            }
        }
    }

    private static bool IsOrleans(LoggerFilterRule rule) => rule.CategoryName?.StartsWith(Category, StringComparison.Ordinal) == true;
}
