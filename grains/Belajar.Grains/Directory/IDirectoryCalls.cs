using Belajar.Directory;
using Belajar.Grains.Quota;

namespace Belajar.Grains.Directory;

/// <summary>
/// The silo's way to Google: every call waits for a permit of the cluster-wide quota, in priority order
/// (an operator's interactive call before a sync, a sync before bulk provisioning).
/// </summary>
public interface IDirectoryCalls
{
    Task<T> CallAsync<T>(DirectoryPriority priority, Func<IDirectoryGateway, CancellationToken, Task<T>> call, CancellationToken ct = default);
}
