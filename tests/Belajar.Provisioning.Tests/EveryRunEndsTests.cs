using System.Net;
using System.Net.Http.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// Google refusing chosen users for good, or failing for them without end (emulator faults, real HTTP): the run completes in
/// bounded time, those accounts end Failed with the reason, the others are created, and retry-failed creates them once the
/// fault is lifted.
/// </summary>
public sealed class EveryRunEndsTests(EveryRunEndsTests.FaultApp app) : IClassFixture<EveryRunEndsTests.FaultApp>
{
    [Theory]
    [InlineData(400, "invalid", "Empatratus Nol")]
    [InlineData(403, "forbidden", "Empatratus Tiga")]
    [InlineData(404, "notFound", "Empatratus Empat")]
    [InlineData(412, "conditionNotMet", "Empatratus Duabelas")]
    public async Task A_permanent_google_answer_fails_the_account_with_its_reason_and_the_run_completes(int status, string reason, string name)
    {
        var school = TestSnapshot.NewSchool();
        var refused = TestSnapshot.NewLearner(name);
        var others = new[] { TestSnapshot.NewLearner("Dewi Sartika"), TestSnapshot.NewLearner("Agus Salim") };
        var fault = app.Emulator.Faults.Users.Add(UsernameRules.BaseOf(name), status);
        var pusdatin = await app.PusdatinAsync();

        var runId = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(school).Add(school, refused).Add(school, others[0]).Add(school, others[1]).Write());
        var run = await EmbeddedApp.WaitForEndAsync(pusdatin, runId);
        var report = await EmbeddedApp.ReportAsync(pusdatin, runId);

        Assert.Equal(RunState.Completed, run.State);
        Assert.Equal((3, 2, 1, 0), (run.AccountsEligible, run.AccountsCreated, run.AccountsFailed, run.AccountsSkipped));
        var account = await app.Grains.GetGrain<IAccountGrain>(refused.AccountKey).GetAsync();
        Assert.Equal(AccountStatus.Failed, account!.Status);
        Assert.Equal($"google-{status}-{reason}", account.FailureCode);
        Assert.Contains($"{status} {reason}", account.FailureReason, StringComparison.Ordinal);
        foreach (var other in others)
        {
            Assert.Equal(AccountStatus.Created, (await app.Grains.GetGrain<IAccountGrain>(other.AccountKey).GetAsync())!.Status);
        }

        var group = Assert.Single(report.Failures!);
        Assert.Equal((account.FailureCode, 1L), (group.Code, group.Count));
        Assert.Equal((refused.AccountKey, school.Npsn), (group.Examples[0].AccountKey, group.Examples[0].Npsn));
        Assert.InRange(fault.Hits, 1, 3);
        Assert.Null(app.Emulator.Users.FirstOrDefault(u => u.PrimaryEmail.StartsWith(fault.AddressPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_transient_failure_that_never_clears_ends_the_account_after_bounded_attempts_and_retry_failed_creates_it_once_lifted()
    {
        var school = TestSnapshot.NewSchool();
        var unlucky = TestSnapshot.NewLearner("Gagalterus Selamanya");
        var lucky = TestSnapshot.NewLearner("Untung Selalu");
        var fault = app.Emulator.Faults.Users.Add(UsernameRules.BaseOf(unlucky.Nama), 503);
        var pusdatin = await app.PusdatinAsync();

        var runId = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(school).Add(school, unlucky).Add(school, lucky).Write());
        var run = await EmbeddedApp.WaitForEndAsync(pusdatin, runId, TimeSpan.FromSeconds(90));

        Assert.Equal(RunState.Completed, run.State);
        Assert.Equal((2, 1, 1), (run.AccountsEligible, run.AccountsCreated, run.AccountsFailed));
        var failed = await app.Grains.GetGrain<IAccountGrain>(unlucky.AccountKey).GetAsync();
        Assert.Equal("gave-up", failed!.FailureCode);
        Assert.Contains($"setelah {FaultApp.MaxAttempts} percobaan", failed.FailureReason, StringComparison.Ordinal);
        Assert.Contains("503", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal(FaultApp.MaxAttempts * (FaultApp.DirectoryMaxRetries + 1), fault.Hits);
        var sheet = await app.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).GetCredentialsAsync(AccountKind.PesertaDidik, markDistributed: false);
        var failedRow = Assert.Single(sheet, r => r.Account.AccountKey == unlucky.AccountKey);
        Assert.Equal((AccountStatus.Failed, null, null), (failedRow.Account.Status, failedRow.Account.UserId, failedRow.InitialPassword)); // nothing to hand out

        app.Emulator.Faults.Users.Clear();

        var retry = await pusdatin.PostAsync($"/api/v1/runs/{runId}/retry-failed", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var retried = await EmbeddedApp.WaitForEndAsync(pusdatin, runId);

        Assert.Equal(RunState.Completed, retried.State);
        Assert.Equal((2, 2, 0), (retried.AccountsEligible, retried.AccountsCreated, retried.AccountsFailed));
        var created = await app.Grains.GetGrain<IAccountGrain>(unlucky.AccountKey).GetAsync();
        Assert.Equal(AccountStatus.Created, created!.Status);
        Assert.Null(failed.UserId); // no address to hand out while Google has no user
        Assert.StartsWith(UsernameRules.BaseOf(unlucky.Nama), created.UserId, StringComparison.Ordinal);
        Assert.Single(app.Emulator.Users, u => u.ExternalIds.Any(e => e.Value == unlucky.Id));
        Assert.Empty((await EmbeddedApp.ReportAsync(pusdatin, runId)).Failures!);
        var school1 = await app.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).GetAccountsAsync(null);
        Assert.All(school1, v => Assert.Equal(AccountStatus.Created, v.Status));
    }

    [Fact]
    public async Task Retry_failed_is_refused_with_the_reason_for_a_dry_run_and_unknown_for_no_run()
    {
        var school = TestSnapshot.NewSchool();
        var pusdatin = await app.PusdatinAsync();
        var dryRun = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(school).Add(school, TestSnapshot.NewLearner("Coba Saja")).Write(), dryRun: true);
        await EmbeddedApp.WaitForEndAsync(pusdatin, dryRun);

        var refused = await pusdatin.PostAsync($"/api/v1/runs/{dryRun}/retry-failed", null);
        var unknown = await pusdatin.PostAsync("/api/v1/runs/no-such-run/retry-failed", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("dry run", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>Few, fast attempts: each account may be tried 3 times, the Directory client retries once.</summary>
    public sealed class FaultApp : EmbeddedApp
    {
        public const int MaxAttempts = 3;
        public const int DirectoryMaxRetries = 1;

        protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
        {
            ["Provisioning:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Provisioning:RetryBackoff"] = "00:00:00.100",
            ["Provisioning:MaxRetryBackoff"] = "00:00:00.200",
            ["Directory:MaxRetries"] = DirectoryMaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
