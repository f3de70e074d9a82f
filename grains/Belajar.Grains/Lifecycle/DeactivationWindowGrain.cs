using Belajar.Abstractions.Quota;

namespace Belajar.Grains.Lifecycle;

/// <summary>Holds the last start-up check of the deactivation window against the quota (<see cref="DeactivationWindowCheck"/>).</summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class DeactivationWindowGrain : Grain, IDeactivationWindowGrain
{
    private DeactivationWindowReport? _last;

    public Task ReportAsync(DeactivationWindowReport report)
    {
        _last = report;
        return Task.CompletedTask;
    }

    public Task<DeactivationWindowReport?> GetAsync() => Task.FromResult(_last);
}
