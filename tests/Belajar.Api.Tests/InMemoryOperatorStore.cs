using Belajar.Abstractions.SignIn;
using Belajar.Api.Auth;

namespace Belajar.Api.Tests;

/// <summary>The operators in one dictionary, for tests of the api without a cluster.</summary>
public sealed class InMemoryOperatorStore : IOperatorStore
{
    private Dictionary<string, OperatorIdentity> _operators = new(StringComparer.OrdinalIgnoreCase);

    public Task ReplaceAsync(IReadOnlyList<OperatorIdentity> operators, CancellationToken cancellationToken)
    {
        _operators = operators.ToDictionary(o => o.Username, StringComparer.OrdinalIgnoreCase);
        return Task.CompletedTask;
    }

    public Task<OperatorLookup> FindAsync(string username, CancellationToken cancellationToken) =>
        Task.FromResult(new OperatorLookup(_operators.GetValueOrDefault(username.Trim()), 4));
}
