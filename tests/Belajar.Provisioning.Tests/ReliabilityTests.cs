using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Directory.Emulator;
using Belajar.LocalServices;
using Belajar.TestSupport;

namespace Belajar.Provisioning.Tests;

/// <summary>Idempotent resume on the PostgreSQL profile: silo processes killed with SIGKILL in the middle of a run.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReliabilityTests(PostgresFixture postgres)
{
    private const int Learners = 3000;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_run_survives_one_silo_killed_in_the_middle_with_one_google_user_per_account()
    {
        await using var cluster = await ProcessCluster.StartAsync(postgres);
        var snapshot = await ProcessCluster.SnapshotAsync(Learners, seed: 11);
        var runId = await StartAndWaitForProgressAsync(cluster, snapshot);

        cluster.KillSilo(0);
        var status = await cluster.WaitForCompletionAsync(runId, RunTimeout);

        Assert.Equal(RunState.Completed, status.State);
        await cluster.AssertOneGoogleUserPerAccountAsync(snapshot, status);
    }

    [Fact]
    public async Task A_run_resumes_after_both_silos_are_killed_and_started_again_with_one_google_user_per_account()
    {
        await using var cluster = await ProcessCluster.StartAsync(postgres);
        var snapshot = await ProcessCluster.SnapshotAsync(Learners, seed: 12);
        var runId = await StartAndWaitForProgressAsync(cluster, snapshot);

        cluster.KillSilo(0);
        cluster.KillSilo(1);
        var usersWhileDown = cluster.Emulator.Store.UserCount;
        cluster.StartSilo(0);
        cluster.StartSilo(1);
        await cluster.ConnectAsync(silos: 2);
        var status = await cluster.WaitForCompletionAsync(runId, RunTimeout);

        Assert.Equal(RunState.Completed, status.State);
        Assert.True(usersWhileDown < status.AccountsEligible, "the silos were killed before the run had finished");
        await cluster.AssertOneGoogleUserPerAccountAsync(snapshot, status);
    }

    [Fact]
    public async Task A_run_survives_a_killed_silo_while_google_answers_503s_429s_and_spurious_409s()
    {
        await using var cluster = await ProcessCluster.StartAsync(postgres);
        cluster.Emulator.Faults.Apply(new FaultSettings
        {
            BackendErrorRate = 0.10, TooManyRequestsRate = 0.01, RetryAfterSeconds = 1, ConflictAfterInsertRate = 0.05,
        });
        var snapshot = await ProcessCluster.SnapshotAsync(Learners, seed: 13);
        var runId = await StartAndWaitForProgressAsync(cluster, snapshot);

        cluster.KillSilo(1);
        var status = await cluster.WaitForCompletionAsync(runId, RunTimeout);

        Assert.Equal(RunState.Completed, status.State);
        Assert.True(cluster.Emulator.Stats.Calls > status.AccountsEligible, "faults made the cluster call again");
        await cluster.AssertOneGoogleUserPerAccountAsync(snapshot, status);
    }

    private static async Task<string> StartAndWaitForProgressAsync(ProcessCluster cluster, string snapshot)
    {
        var runId = $"run-rel-{Guid.NewGuid():N}"[..20];
        var run = cluster.Grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId));
        await run.StartAsync(new RunRequest(snapshot, DryRun: false));

        // in the middle: some accounts exist in Google, most do not yet
        await Poll.UntilAsync(() => Task.FromResult(cluster.Emulator.Store.UserCount), n => n >= 300, TimeSpan.FromSeconds(90), () => $"the run to create 300 users. Silo output:\n{cluster.Output}");
        return runId;
    }
}
