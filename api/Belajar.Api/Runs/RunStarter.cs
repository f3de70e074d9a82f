using System.Security.Cryptography;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;

namespace Belajar.Api.Runs;

/// <summary>Starts runs under fresh ids (<c>run-{yyyyMMdd-HHmmss}-{4 hex}</c>); the run grain brings its snapshot's operators.</summary>
public sealed class RunStarter(IGrainFactory grains, TimeProvider time)
{
    /// <summary>Starts the run; the silo resolves and checks the snapshot path (<see cref="SnapshotPathRefusedException"/>).</summary>
    public Task<RunStatus> StartAsync(RunRequest request)
    {
        var runId = $"run-{time.GetUtcNow():yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
        return grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId)).StartAsync(request);
    }
}
