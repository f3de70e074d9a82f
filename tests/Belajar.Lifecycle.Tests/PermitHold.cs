using System.Collections.Concurrent;
using Belajar.Directory;
using Belajar.Grains.Directory;
using Belajar.Grains.Quota;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// The silo's Directory calls (the real <see cref="QuotaDirectoryCalls"/>, to the emulator) with a permit that a test can hold
/// back: the next call of one grain at one priority waits, as for a quota permit that has not come yet, until the test releases
/// it; then it goes to Google as any other. Every other call passes straight through.
/// </summary>
public sealed class PermitHold(QuotaDirectoryCalls calls, IGrainContextAccessor context) : IDirectoryCalls
{
    private readonly ConcurrentDictionary<(GrainId Grain, DirectoryPriority Priority), Held> _armed = new();

    /// <summary>Holds the next call of <paramref name="grain"/> at <paramref name="priority"/> (once).</summary>
    public Held Hold(GrainId grain, DirectoryPriority priority)
    {
        var held = new Held();
        if (!_armed.TryAdd((grain, priority), held))
        {
            throw new InvalidOperationException($"A call of {grain} at {priority} is held already.");
        }

        return held;
    }

    public async Task<T> CallAsync<T>(DirectoryPriority priority, Func<IDirectoryGateway, CancellationToken, Task<T>> call, CancellationToken ct = default)
    {
        if (context.GrainContext?.GrainId is { } grain && _armed.TryRemove((grain, priority), out var held))
        {
            held.Reach();
            await held.Released.WaitAsync(ct);
        }

        return await calls.CallAsync(priority, call, ct);
    }

    /// <summary>One held call: <see cref="IsWaiting"/> once the grain has made it, sent on by <see cref="Release"/>.</summary>
    public sealed class Held
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>True once the grain's call is waiting here.</summary>
        public bool IsWaiting => _reached.Task.IsCompleted && !_released.Task.IsCompleted;

        internal Task Released => _released.Task;

        /// <summary>Lets the call go on to Google.</summary>
        public void Release() => _released.TrySetResult();

        internal void Reach() => _reached.TrySetResult();
    }
}
