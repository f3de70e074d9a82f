using Belajar.Directory;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Directory;

/// <summary>Spends one permit of the silo's <see cref="PriorityPermitQueue"/> per Directory call (none when the limiter is off).</summary>
public sealed class QuotaDirectoryCalls(IDirectoryGateway gateway, PriorityPermitQueue permits, IOptions<DirectoryQuotaOptions> options) : IDirectoryCalls
{
    public async Task<T> CallAsync<T>(DirectoryPriority priority, Func<IDirectoryGateway, CancellationToken, Task<T>> call, CancellationToken ct = default)
    {
        if (options.Value.QueriesPerMinute > 0 && !await permits.AcquireAsync(priority, ct))
        {
            throw new OperationCanceledException("The silo is shutting down: no more Directory calls.");
        }

        return await call(gateway, ct);
    }
}
