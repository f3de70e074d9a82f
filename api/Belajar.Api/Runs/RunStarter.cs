using System.Security.Cryptography;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;

namespace Belajar.Api.Runs;

/// <summary>Starts runs under fresh ids (<c>run-{yyyyMMdd-HHmmss}-{4 hex}</c>); a real run also brings its snapshot's operators.</summary>
public sealed class RunStarter(IGrainFactory grains, SnapshotOperators operators, TimeProvider time)
{
    public async Task<RunStatus> StartAsync(RunRequest request)
    {
        if (!request.DryRun)
        {
            await operators.LoadAsync(request.SnapshotPath);
        }

        var runId = $"run-{time.GetUtcNow():yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
        return await grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId)).StartAsync(request);
    }
}
