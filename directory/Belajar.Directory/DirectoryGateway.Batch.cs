using System.Net;

namespace Belajar.Directory;

/// <summary>Batched user creation: up to <see cref="DirectoryOptions.BatchSize"/> calls per HTTP request.</summary>
public sealed partial class DirectoryGateway
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<BatchResult<User>>> InsertUsersBatchAsync(IReadOnlyList<User> users, CancellationToken ct)
    {
        var results = new BatchResult<User>?[users.Count];
        var pending = Enumerable.Range(0, users.Count).ToList();
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var retry = new List<int>();
            var errors = new DirectoryException?[users.Count];
            foreach (var chunk in pending.Chunk(_options.BatchSize))
            {
                await SendChunkAsync(users, chunk, results, errors, ct).ConfigureAwait(false);
            }

            foreach (var index in pending)
            {
                if (errors[index] is not { } error)
                {
                    continue;
                }

                if (error.StatusCode == HttpStatusCode.Conflict)
                {
                    results[index] = await ResolveBatchConflictAsync(index, users[index], error, ct).ConfigureAwait(false);
                }
                else if (error.IsRetryable && attempt < _retry.MaxRetries)
                {
                    retry.Add(index);
                }
                else
                {
                    results[index] = new BatchResult<User>(index, null, error);
                }
            }

            if (retry.Count > 0)
            {
                var delay = retry.Select(i => _retry.DelayFor(attempt, errors[i]!)).Max();
                Log.BatchRetrying(_logger, pending.Count, retry.Count, attempt + 1, delay.TotalMilliseconds);
                await _retry.DelayAsync(delay, ct).ConfigureAwait(false);
            }

            pending = retry;
        }

        return results!;
    }

    private async Task SendChunkAsync(IReadOnlyList<User> users, int[] chunk, BatchResult<User>?[] results, DirectoryException?[] errors, CancellationToken ct)
    {
        var requests = chunk.Select(i => (DirectoryRequest<User>)_service.Users.Insert(users[i])).ToList();
        try
        {
            var answers = await DirectoryBatch.ExecuteAsync(_service, requests, ct).ConfigureAwait(false);
            for (var n = 0; n < chunk.Length; n++)
            {
                var i = chunk[n];
                if (answers[n].Error is { } error)
                {
                    errors[i] = error;
                }
                else
                {
                    results[i] = new BatchResult<User>(i, answers[n].Value, null);
                }
            }
        }
        catch (DirectoryException failure)
        {
            // The whole HTTP request failed: every call of the chunk shares its error.
            foreach (var index in chunk)
            {
                errors[index] = failure;
            }
        }
    }

    private async Task<BatchResult<User>> ResolveBatchConflictAsync(int index, User user, DirectoryException error, CancellationToken ct)
    {
        var resolved = await ResolveConflictAsync(user, ct).ConfigureAwait(false);
        return resolved.Outcome == CreateUserOutcome.Adopted
            ? new BatchResult<User>(index, resolved.User, null, CreateUserOutcome.Adopted)
            : new BatchResult<User>(index, resolved.User, error, CreateUserOutcome.AddressTaken);
    }
}
