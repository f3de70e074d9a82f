using Belajar.Abstractions.SignIn;
using Belajar.Dapodik;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Runs;

/// <summary>
/// A real run brings its snapshot's school operators into the cluster (<see cref="OperatorShards"/>): the silo that reads the
/// snapshot imports <c>pengguna.csv</c>, so an api replica needs no access to the snapshot folder. An unreadable operator file
/// leaves the operators as they are and the run goes on; the run's own reading reports the file.
/// </summary>
public sealed partial class ProvisioningRunGrain
{
    private async Task ImportOperatorsAsync(string folder)
    {
        IReadOnlyList<OperatorAccount> operators;
        try
        {
            // a national pengguna.csv is tens of megabytes: read it off the grain's scheduler
            operators = await Task.Run(() => new SnapshotReader(folder).ReadOperators());
        }
        catch (SnapshotUnreadableException ex)
        {
            LogOperatorsUnreadable(RunId, ex.Message);
            return;
        }

        var stored = await OperatorShards.ReplaceAllAsync(
            GrainFactory, operators.Select(o => new OperatorIdentity(o.Pengguna.Username, o.Pengguna.PasswordHash, o.Npsn, o.Pengguna.Nama)));
        LogOperatorsImported(RunId, stored);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: {Count} school operators of the snapshot can sign in")]
    private partial void LogOperatorsImported(string runId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: the snapshot's operators were not imported, those of the last run stay: {Reason}")]
    private partial void LogOperatorsUnreadable(string runId, string reason);
}
