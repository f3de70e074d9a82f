using Microsoft.Extensions.Options;

namespace Belajar.Grains.Lifecycle;

/// <summary>Refuses <see cref="LifecycleOptions"/> that would schedule nothing sensible, naming the setting to fix.</summary>
public sealed class LifecycleOptionsValidator : IValidateOptions<LifecycleOptions>
{
    /// <summary>Orleans refuses reminder periods below one minute.</summary>
    public static readonly TimeSpan MinimumSyncPeriod = TimeSpan.FromMinutes(1);

    /// <summary>Orleans refuses reminder periods above ~49.7 days.</summary>
    public static readonly TimeSpan MaximumSyncPeriod = TimeSpan.FromDays(45);

    private const string Section = LifecycleOptions.Section;

    public ValidateOptionsResult Validate(string? name, LifecycleOptions options)
    {
        var problems = new SettingProblems();
        if (options.ActivationDeadline == default)
        {
            problems.Add($"{Section}:{nameof(options.ActivationDeadline)}", "an ISO 8601 time with offset, e.g. 2021-06-30T23:59:59+07:00", null);
        }

        problems.NotNegative($"{Section}:{nameof(options.MinimumGracePeriod)}", options.MinimumGracePeriod);
        problems.NotNegative($"{Section}:{nameof(options.DeactivationWindow)}", options.DeactivationWindow);
        problems.NotNegative($"{Section}:{nameof(options.DeadlineStatusMaxAge)}", options.DeadlineStatusMaxAge);
        problems.NotNegative($"{Section}:{nameof(options.DeadlineSyncDelay)}", options.DeadlineSyncDelay);
        problems.AtLeast($"{Section}:{nameof(options.SyncPeriod)}", options.SyncPeriod, MinimumSyncPeriod, "Orleans' shortest reminder period");
        problems.AtLeast($"{Section}:{nameof(options.SyncMaxPeriod)}", options.SyncMaxPeriod, options.SyncPeriod, $"{Section}:{nameof(options.SyncPeriod)}");
        if (options.SyncMaxPeriod > MaximumSyncPeriod)
        {
            problems.Add($"{Section}:{nameof(options.SyncMaxPeriod)}", "at most 45.00:00:00 (Orleans' longest reminder period), e.g. 14.00:00:00", options.SyncMaxPeriod);
        }

        problems.AtLeast($"{Section}:{nameof(options.SignInDiscoveryPeriod)}", options.SignInDiscoveryPeriod, MinimumSyncPeriod, "Orleans' shortest reminder period");
        if (options.SignInDiscoveryPeriod > MaximumSyncPeriod)
        {
            problems.Add($"{Section}:{nameof(options.SignInDiscoveryPeriod)}", "at most 45.00:00:00 (Orleans' longest reminder period), e.g. 01:00:00", options.SignInDiscoveryPeriod);
        }

        problems.NotNegative($"{Section}:{nameof(options.SignInDiscoveryOverlap)}", options.SignInDiscoveryOverlap);
        problems.NotNegative($"{Section}:{nameof(options.LeaverGracePeriod)}", options.LeaverGracePeriod);
        return problems.Result();
    }
}
