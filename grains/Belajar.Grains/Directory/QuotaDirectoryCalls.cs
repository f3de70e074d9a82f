using Belajar.Directory;
using Belajar.Grains.Metrics;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Directory;

/// <summary>
/// Spends one permit of the silo's <see cref="PriorityPermitQueue"/> per Directory call (none when the limiter is off), and
/// counts every call by result, permits spent and accounts created (<see cref="BelajarMetrics"/>).
/// </summary>
public sealed class QuotaDirectoryCalls(IDirectoryGateway gateway, PriorityPermitQueue permits, IOptions<DirectoryQuotaOptions> options) : IDirectoryCalls
{
    public async Task<T> CallAsync<T>(DirectoryPriority priority, Func<IDirectoryGateway, CancellationToken, Task<T>> call, CancellationToken ct = default)
    {
        if (options.Value.QueriesPerMinute > 0)
        {
            if (!await permits.AcquireAsync(priority, ct))
            {
                throw new OperationCanceledException("The silo is shutting down: no more Directory calls.");
            }

            BelajarMetrics.QuotaUsed.Add(1);
        }

        T result;
        try
        {
            result = await call(gateway, ct);
        }
        catch (Exception ex)
        {
            BelajarMetrics.DirectoryCalls.Add(1, new KeyValuePair<string, object?>(BelajarMetrics.ResultTag, DirectoryCallResult.Of(ex)));
            throw;
        }

        BelajarMetrics.DirectoryCalls.Add(1, new KeyValuePair<string, object?>(BelajarMetrics.ResultTag, DirectoryCallResult.Ok));
        CountCreated(result);
        return result;
    }

    private static void CountCreated<T>(T result)
    {
        switch (result)
        {
            case CreateUserResult { Outcome: CreateUserOutcome.Created }:
                BelajarMetrics.AccountsCreated.Add(1);
                break;
            case IReadOnlyList<BatchResult<User>> batch:
                var created = batch.Count(r => r.Succeeded && r.Outcome == CreateUserOutcome.Created);
                if (created > 0)
                {
                    BelajarMetrics.AccountsCreated.Add(created);
                }

                break;
        }
    }
}
