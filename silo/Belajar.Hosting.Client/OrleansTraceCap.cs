using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belajar.Hosting;

/// <summary>
/// Orleans writes whole messages to its Trace-level log, body included (a reset password, a NIK, an initial password a grain
/// answers), whatever the record's own text hides: a plain string answer prints as it is. Silos and clients cap the Orleans
/// categories at Debug, so that no configuration of the log level brings message bodies into the log.
/// </summary>
public static class OrleansTraceCap
{
    /// <summary>The log categories capped (Orleans' own, all of them).</summary>
    public const string Category = "Orleans";

    public static IServiceCollection AddOrleansTraceCap(this IServiceCollection services) =>
        services.AddLogging(logging => logging.AddFilter(Category, level => level >= LogLevel.Debug));
}
