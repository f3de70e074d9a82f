using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;

namespace Belajar.Provisioning.Tests;

/// <summary>Accounts whose domain Google does not hold (a 400 for good) end Failed with Google's reason; the run still completes.</summary>
public sealed class GoogleRefusalTests(GoogleRefusalTests.ForeignDomainApp app) : IClassFixture<GoogleRefusalTests.ForeignDomainApp>
{
    [Fact]
    public async Task A_400_from_google_fails_the_account_with_the_reason_and_the_run_reports_it()
    {
        var school = TestSnapshot.NewSchool();
        var learner = TestSnapshot.NewLearner("Wayan Ditolak");
        var pusdatin = await app.PusdatinAsync();

        var runId = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(school).Add(school, learner).Write());
        var status = await EmbeddedApp.WaitForEndAsync(pusdatin, runId);
        var report = await EmbeddedApp.ReportAsync(pusdatin, runId);

        Assert.Equal(RunState.Completed, status.State);
        Assert.Equal(1, status.AccountsFailed);
        var account = await app.Grains.GetGrain<IAccountGrain>(learner.AccountKey).GetAsync();
        Assert.Equal(AccountStatus.Failed, account!.Status);
        Assert.Contains("Domain not found", account.FailureReason, StringComparison.Ordinal);
        Assert.Contains(report.FailureReasons, r => r.Contains(learner.AccountKey, StringComparison.Ordinal));
        Assert.Equal(0, app.Emulator.Store.UserCount);
    }

    /// <summary>Accounts in <c>*.sekolah.test</c>, a domain the emulator does not hold.</summary>
    public sealed class ForeignDomainApp : EmbeddedApp
    {
        protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string> { ["Accounts:Domains:RootDomain"] = "sekolah.test" };
    }
}
