using System.Security.Cryptography;
using System.Text;

namespace Belajar.Abstractions.SignIn;

/// <summary>
/// One of <see cref="Count"/> shards of the operators who may sign in, keyed <c>operators-{nn}</c> (<see cref="KeyOf"/>): every
/// username belongs to one shard by a stable hash, so ~220,000 operators make rows of ~1,000 each. Every api replica reads the
/// same shards; a run replaces them all.
/// </summary>
[Alias("belajar.IOperatorShardGrain")]
public interface IOperatorShardGrain : IGrainWithStringKey
{
    /// <summary>The number of shards. Stored: changing it orphans the rows of the old shards.</summary>
    public const int Count = 256;

    /// <summary>The key of the shard that holds <paramref name="username"/>.</summary>
    public static string KeyOf(string username) => $"operators-{ShardOf(username):x2}";

    /// <summary>The shard number (0 to <see cref="Count"/> − 1) of <paramref name="username"/>, case-insensitive.</summary>
    public static int ShardOf(string username) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(username.Trim().ToLowerInvariant()))[0] % Count;

    /// <summary>The key of shard <paramref name="shard"/>.</summary>
    public static string KeyOfShard(int shard) => $"operators-{shard:x2}";

    /// <summary>Replaces every operator of this shard (an empty list removes them all).</summary>
    [Alias("Replace")]
    Task ReplaceAsync(IReadOnlyList<OperatorIdentity> operators);

    /// <summary>The operator with that username, and the shard's usual bcrypt cost.</summary>
    [Alias("Find")]
    Task<OperatorLookup> FindAsync(string username);
}
