using Belajar.Directory;
using Belajar.Grains.Directory;
using Belajar.Grains.Quota;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// The silo's real <see cref="IDirectoryCalls"/> with a gate in front of sync calls: once <see cref="HoldNextSync"/> is armed, the
/// next sync call made on behalf of a request that carries the hold's tag in its <see cref="RequestContext"/> reports that it has
/// started and then waits until released, so that a test can keep a school busy in a sync (reminder ticks and others pass).
/// </summary>
public sealed class GatedDirectoryCalls(QuotaDirectoryCalls inner) : IDirectoryCalls
{
    private Hold? _armed;

    /// <summary>The <see cref="RequestContext"/> key whose value names the hold a call belongs to.</summary>
    public const string TagKey = "belajar.test.hold";

    /// <summary>Arms the gate; set <see cref="TagKey"/> to the hold's <see cref="Hold.Tag"/> around the call to hold.</summary>
    public Hold HoldNextSync()
    {
        var hold = new Hold();
        Volatile.Write(ref _armed, hold);
        return hold;
    }

    public async Task<T> CallAsync<T>(DirectoryPriority priority, Func<IDirectoryGateway, CancellationToken, Task<T>> call, CancellationToken ct = default)
    {
        if (priority == DirectoryPriority.Sync && Volatile.Read(ref _armed) is { } hold && RequestContext.Get(TagKey) as string == hold.Tag
            && Interlocked.CompareExchange(ref _armed, null, hold) == hold)
        {
            hold.Started.TrySetResult();
            await hold.Released.Task.WaitAsync(ct);
        }

        return await inner.CallAsync(priority, call, ct);
    }

    /// <summary>One held call: <see cref="Started"/> completes when it is waiting; <see cref="Dispose"/> lets it go on.</summary>
    public sealed class Hold : IDisposable
    {
        public string Tag { get; } = Guid.NewGuid().ToString("N");

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Dispose() => Released.TrySetResult();
    }
}
