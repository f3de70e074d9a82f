using Orleans.Storage;

namespace Belajar.Grains.Storage;

/// <summary>
/// A grain that keeps its state in one storage row by hand instead of a <c>[PersistentState]</c> facet: the same storage, state
/// name and row as the facet would use, but without the facet's per-activation objects (its bridge, the activation's lifecycle
/// subject and migration-participant lists, a <see cref="GrainState{T}"/> kept per activation). For the grains there are tens of
/// millions of (accounts, address claims), that is about 400 bytes of every idle activation (docs/provisioning.md); the two
/// three fields below are all this base class adds.
/// </summary>
/// <remarks>
/// The one way these grains reach their storage: load (once per activation), write (the ETag carries the storage's optimistic
/// concurrency from one write to the next), forget. A write with no ETag is an insert that the storage refuses with
/// <see cref="InconsistentStateException"/> when the row exists, which lets a grain that is almost always new skip the read
/// (<see cref="AssumeNew"/>). Every change is written before the call returns, so a migrated activation simply reads its row again.
/// </remarks>
public abstract class RowGrain<TState> : Grain
    where TState : class, new()
{
    private TState? _state;
    private string? _etag;
    private Task? _writing;

    /// <summary>The storage the row lives in.</summary>
    protected abstract IGrainStorage Storage { get; }

    /// <summary>The state name of the row (the one the <c>[PersistentState]</c> facet used; never change it).</summary>
    protected abstract string StateName { get; }

    /// <summary>Whether this activation holds the state (loaded, or assumed new).</summary>
    protected bool IsLoaded => _state is not null;

    /// <summary>The state: loaded first (<see cref="LoadAsync"/>) or assumed new (<see cref="AssumeNew"/>).</summary>
    protected TState Row => _state ?? throw new InvalidOperationException($"{GetType().Name} {this.GetGrainId()}: the state is used before it is loaded.");

    /// <summary>Reads the stored row unless this activation has it (a missing row reads as a new state).</summary>
    protected async ValueTask LoadAsync()
    {
        if (_state is null)
        {
            var stored = new GrainState<TState>(new TState());
            await Storage.ReadStateAsync(StateName, this.GetGrainId(), stored);
            _state = stored.State ?? new TState();
            _etag = stored.ETag;
        }
    }

    /// <summary>
    /// Takes <paramref name="state"/> as the state without reading: the next <see cref="WriteAsync"/> inserts it, and fails with
    /// <see cref="InconsistentStateException"/> (having forgotten it) when a row exists after all.
    /// </summary>
    protected void AssumeNew(TState state)
    {
        _state = state;
        _etag = null;
    }

    /// <summary>
    /// Writes the state. A write that fails leaves the stored row unknown (a timeout after the storage wrote it, a version
    /// conflict): the activation forgets its state, and the next call reads it again instead of failing on a stale ETag for as
    /// long as the activation lives.
    /// </summary>
    protected async Task WriteAsync()
    {
        // One write in flight at a time: an interleaving turn (an account's background deadline check) may write while another
        // turn's write is still on its way, and two writes with the same ETag would race (the second failing as inconsistent).
        while (_writing is { } inFlight)
        {
            try
            {
                await inFlight;
            }
            catch
            {
                // that write's own caller sees its failure
            }
        }

        var write = WriteOnceAsync();
        _writing = write;
        try
        {
            await write;
        }
        finally
        {
            if (ReferenceEquals(_writing, write))
            {
                _writing = null;
            }
        }

        AfterWrite();
    }

    private async Task WriteOnceAsync()
    {
        var stored = new GrainState<TState>(Row, _etag) { RecordExists = _etag is not null };
        try
        {
            await Storage.WriteStateAsync(StateName, this.GetGrainId(), stored);
            _etag = stored.ETag;
        }
        catch
        {
            Forget();
            throw;
        }
    }

    /// <summary>Called after each successful <see cref="WriteAsync"/> with the state as written (nothing by default).</summary>
    protected virtual void AfterWrite()
    {
    }

    /// <summary>Drops the state this activation holds: the next <see cref="LoadAsync"/> reads the row again.</summary>
    protected void Forget()
    {
        _state = null;
        _etag = null;
    }
}
