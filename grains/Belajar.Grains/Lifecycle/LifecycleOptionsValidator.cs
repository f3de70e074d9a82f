using Microsoft.Extensions.Options;

namespace Belajar.Grains.Lifecycle;

/// <summary>Refuses <see cref="LifecycleOptions"/> that would schedule nothing sensible, saying which setting to fix.</summary>
public sealed class LifecycleOptionsValidator : IValidateOptions<LifecycleOptions>
{
    /// <summary>Orleans refuses reminder periods below one minute.</summary>
    public static readonly TimeSpan MinimumSyncPeriod = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, LifecycleOptions options)
    {
        var errors = new List<string>();
        if (options.ActivationDeadline == default)
        {
            errors.Add("Lifecycle:ActivationDeadline is missing: give an ISO 8601 time with offset, e.g. 2021-06-30T23:59:59+07:00.");
        }

        if (options.MinimumGracePeriod < TimeSpan.Zero)
        {
            errors.Add($"Lifecycle:MinimumGracePeriod is {options.MinimumGracePeriod}: give zero or more, e.g. 180.00:00:00.");
        }

        if (options.DeactivationWindow < TimeSpan.Zero)
        {
            errors.Add($"Lifecycle:DeactivationWindow is {options.DeactivationWindow}: give zero or more, e.g. 00:30:00.");
        }

        if (options.SyncPeriod < MinimumSyncPeriod)
        {
            errors.Add($"Lifecycle:SyncPeriod is {options.SyncPeriod}: give at least 00:01:00 (Orleans' shortest reminder period), e.g. 06:00:00.");
        }

        if (options.LeaverGracePeriod < TimeSpan.Zero)
        {
            errors.Add($"Lifecycle:LeaverGracePeriod is {options.LeaverGracePeriod}: give zero or more, e.g. 30.00:00:00.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
