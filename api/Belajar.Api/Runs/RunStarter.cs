using System.Security.Cryptography;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;

namespace Belajar.Api.Runs;

/// <summary>Starts runs under fresh ids (<c>run-{yyyyMMdd-HHmmss}-{4 hex}</c>); a real run also brings its snapshot's operators.</summary>
public sealed class RunStarter(IGrainFactory grains, SnapshotOperators operators, TimeProvider time)
{
    /// <summary>Starts the run; the silo resolves and checks the snapshot path (<see cref="SnapshotPathRefusedException"/>).</summary>
    public async Task<RunStatus> StartAsync(RunRequest request)
    {
        var runId = $"run-{time.GetUtcNow():yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
        var status = await grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId)).StartAsync(request);
        if (!request.DryRun)
        {
            await operators.LoadAsync(status.SnapshotPath);
        }

        return status;
    }
}
