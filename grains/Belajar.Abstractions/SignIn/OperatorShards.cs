namespace Belajar.Abstractions.SignIn;

/// <summary>
/// The one way to replace the operators who may sign in: normalises the list (trimmed, rows without a username, hash or NPSN
/// left out, the last row of a username wins, case-insensitive) and hands every <see cref="IOperatorShardGrain"/> its part, an
/// empty part included, so whoever is not in the list can no longer sign in.
/// </summary>
public static class OperatorShards
{
    /// <summary>Replaces every shard; answers how many operators are stored.</summary>
    public static async Task<int> ReplaceAllAsync(IGrainFactory grains, IEnumerable<OperatorIdentity> operators)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var stored = Normalise(operators);
        var shards = new List<OperatorIdentity>[IOperatorShardGrain.Count];
        for (var i = 0; i < shards.Length; i++)
        {
            shards[i] = [];
        }

        foreach (var identity in stored)
        {
            shards[IOperatorShardGrain.ShardOf(identity.Username)].Add(identity);
        }

        await Task.WhenAll(shards.Select((shard, i) =>
            grains.GetGrain<IOperatorShardGrain>(IOperatorShardGrain.KeyOfShard(i)).ReplaceAsync(shard)));
        return stored.Count;
    }

    /// <summary>The operators as they are stored: trimmed, incomplete rows left out, the last row of a username kept.</summary>
    public static IReadOnlyCollection<OperatorIdentity> Normalise(IEnumerable<OperatorIdentity> operators)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var latest = new Dictionary<string, OperatorIdentity>(StringComparer.OrdinalIgnoreCase);
        foreach (var identity in operators)
        {
            if (string.IsNullOrWhiteSpace(identity.Username) || string.IsNullOrWhiteSpace(identity.PasswordHash)
                || string.IsNullOrWhiteSpace(identity.Npsn))
            {
                continue;
            }

            var username = identity.Username.Trim();
            latest[username] = new OperatorIdentity(username, identity.PasswordHash.Trim(), identity.Npsn.Trim(), identity.Nama);
        }

        return latest.Values;
    }
}
