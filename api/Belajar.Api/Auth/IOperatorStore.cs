using Belajar.Abstractions.SignIn;

namespace Belajar.Api.Auth;

/// <summary>Where the operators who may sign in are kept: the cluster (<see cref="ClusterOperatorStore"/>), shared by every replica.</summary>
public interface IOperatorStore
{
    /// <summary>Replaces every operator: whoever is not in <paramref name="operators"/> can no longer sign in.</summary>
    Task ReplaceAsync(IReadOnlyList<OperatorIdentity> operators, CancellationToken cancellationToken);

    /// <summary>The operator with that username (case-insensitive) and the usual bcrypt cost of the operators' hashes.</summary>
    Task<OperatorLookup> FindAsync(string username, CancellationToken cancellationToken);
}

/// <summary>The operators in the <see cref="IOperatorShardGrain"/>s (stored in the <c>identity</c> grain storage).</summary>
public sealed class ClusterOperatorStore(IGrainFactory grains) : IOperatorStore
{
    /// <inheritdoc />
    public Task ReplaceAsync(IReadOnlyList<OperatorIdentity> operators, CancellationToken cancellationToken) =>
        OperatorShards.ReplaceAllAsync(grains, operators);

    /// <inheritdoc />
    public Task<OperatorLookup> FindAsync(string username, CancellationToken cancellationToken) =>
        grains.GetGrain<IOperatorShardGrain>(IOperatorShardGrain.KeyOf(username)).FindAsync(username);
}
