using System.Net.Http.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// Sign-ins found from the login activities (<c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>): a person signs in at the
/// emulator, the discovery's next hourly read activates the account and its school counts it, and no school lists its users;
/// switched to <c>Listing</c>, the discovery reads nothing and the school's periodic listing finds the sign-in. Calls are the
/// emulator's counts by method.
/// </summary>
public sealed class SignInDiscoveryTests(SignInDiscoveryCluster cluster) : IClassFixture<SignInDiscoveryCluster>
{
    private const int Accounts = 3;

    [Fact]
    public async Task A_sign_in_is_found_in_the_login_activities_and_activates_the_account_without_a_users_list()
    {
        await cluster.Grains.GetGrain<ISignInDiscoveryGrain>(ISignInDiscoveryGrain.Key).EnsureScheduledAsync(); // also after the other test
        var (school, signedIn) = await ProvisionAndSignInAsync(n: 1);
        var (lists, activities) = (cluster.Calls("users.list"), cluster.Calls("activities.list"));

        await StepUntilActivatedAsync(signedIn);
        await Poll.UntilAsync(() => school.GetCountersAsync(), c => c.Activated == 1, TimeSpan.FromSeconds(30), "the school to count the activation");

        Assert.Equal(0, cluster.Calls("users.list") - lists);
        Assert.True(cluster.Calls("activities.list") - activities >= 1);
        var others = (await school.GetAccountsAsync(null)).Where(a => a.AccountKey != signedIn).ToList();
        Assert.Equal(Accounts - 1, others.Count);
        Assert.All(others, a => Assert.Equal(AccountStatus.Distributed, a.Status));

        // hours more: still no listing before the deadline (the schools' reminders only wait for the sync after it)
        var start = SignInDiscoveryCluster.Clock.GetUtcNow();
        await LifecycleCluster.StepUntilAsync(
            SignInDiscoveryCluster.Clock, start, TimeSpan.FromMinutes(10), () => Task.FromResult(SignInDiscoveryCluster.Clock.GetUtcNow() >= start.AddHours(3)), "three hours");
        Assert.Equal(0, cluster.Calls("users.list") - lists);
    }

    [Fact]
    public async Task Switched_to_listing_the_discovery_reads_no_activities_and_the_school_lists_as_before()
    {
        var options = cluster.Options;
        options.SignInDiscovery = SignInDiscoveryMode.Listing;
        try
        {
            var (school, signedIn) = await ProvisionAndSignInAsync(n: 2);
            var (lists, activities) = (cluster.Calls("users.list"), cluster.Calls("activities.list"));

            await StepUntilActivatedAsync(signedIn);
            await Poll.UntilAsync(() => school.GetCountersAsync(), c => c.Activated == 1, TimeSpan.FromSeconds(30), "the school to count the activation");

            Assert.True(cluster.Calls("users.list") - lists >= 1);
            Assert.Equal(0, cluster.Calls("activities.list") - activities);
        }
        finally
        {
            options.SignInDiscovery = SignInDiscoveryMode.Activities;
        }
    }

    /// <summary>Provisions the n-th school, its operator downloads the learners' passwords, and the first learner signs in.</summary>
    private async Task<(ISchoolGrain School, string SignedIn)> ProvisionAndSignInAsync(int n)
    {
        var (info, specs) = TestSchools.Create(n, Accounts, npsnBase: 74000000);
        var school = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(info.Npsn));
        await school.AcceptRosterAsync(new SchoolProvisioning($"run-signin-discovery-{n}", info, specs));
        await Poll.UntilAsync(
            () => school.GetAccountsAsync(null), v => v.Count == Accounts && v.All(a => a.Status == AccountStatus.Created),
            TimeSpan.FromSeconds(60), "the accounts to be created");
        var first = (await school.GetCredentialsAsync(AccountKind.PesertaDidik, markDistributed: true)).Single(r => r.Account.AccountKey == specs[0].AccountKey);

        using var http = new HttpClient { BaseAddress = cluster.Emulator.BaseUri };
        using var response = await http.PostAsJsonAsync(
            "emulator/signin", new { email = first.Account.UserId, password = first.InitialPassword, newPassword = "Pilihan-Sendiri-42", acceptTerms = true });
        response.EnsureSuccessStatusCode();
        return (school, specs[0].AccountKey);
    }

    private Task StepUntilActivatedAsync(string accountKey) =>
        LifecycleCluster.StepUntilAsync(
            SignInDiscoveryCluster.Clock, SignInDiscoveryCluster.Clock.GetUtcNow(), TimeSpan.FromMinutes(5),
            async () => (await cluster.Grains.GetGrain<IAccountGrain>(accountKey).GetAsync())?.Status == AccountStatus.Activated,
            "the account to be activated");
}
