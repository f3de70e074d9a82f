using Belajar.Abstractions;
using Belajar.Abstractions.SignIn;

namespace Belajar.Grains.SignIn;

/// <summary>
/// One shard of the operators who may sign in (<see cref="IOperatorShardGrain"/>), stored as state <c>operators</c> in the
/// <c>identity</c> storage, so that every api replica and every restart sees the operators of the last run.
/// </summary>
public sealed class OperatorShardGrain(
    [PersistentState("operators", StorageNames.Identity)] IPersistentState<OperatorShardState> state) : Grain, IOperatorShardGrain
{
    public async Task ReplaceAsync(IReadOnlyList<OperatorIdentity> operators)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var replacement = new Dictionary<string, OperatorIdentity>(StringComparer.Ordinal);
        foreach (var identity in operators)
        {
            replacement[Normalise(identity.Username)] = identity;
        }

        if (replacement.Count == 0 && state.State.Operators.Count == 0)
        {
            return;
        }

        state.State.Operators = replacement;
        state.State.HashCost = UsualCost(replacement.Values);
        await state.WriteStateAsync();
    }

    public Task<OperatorLookup> FindAsync(string username) => Task.FromResult(new OperatorLookup(
        state.State.Operators.GetValueOrDefault(Normalise(username)), state.State.HashCost));

    /// <summary>The most common bcrypt cost (<c>$2b$NN$…</c>) of the hashes; 0 when none is readable.</summary>
    public static int UsualCost(IEnumerable<OperatorIdentity> operators) => operators
        .Select(o => BcryptCost.Of(o.PasswordHash))
        .Where(cost => cost > 0)
        .GroupBy(cost => cost)
        .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
        .Select(g => g.Key)
        .FirstOrDefault();

    private static string Normalise(string username) => username.Trim().ToLowerInvariant();
}
