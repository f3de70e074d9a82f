using System.Net.Http.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.LocalServices;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Pages.Tests;

/// <summary>
/// The real api as <see cref="PagesHost"/> runs it (embedded profile, Directory emulator, the sample snapshot's start-up run, on
/// Kestrel), but on a <see cref="FakeTimeProvider"/> with an activation deadline 30 days after the start (10 days' minimum grace
/// period): once the start-up run has completed, the clock passes the deadline and steps until the accounts' own deadline
/// reminders have deactivated every unused account of <see cref="School"/> (the real deadline check: read from the emulator,
/// suspended there). Its own host, since passing the deadline deactivates the accounts the other pages tests use.
/// </summary>
public sealed class PastDeadlineHost : IAsyncLifetime
{
    public const string PusdatinUser = "pusdatin.tenggat";
    public const string PusdatinPassword = "Pusdatin#Tenggat4";

    /// <summary>The school whose accounts the host waits to see deactivated (SD, 26 learners).</summary>
    public const string School = DemoOperators.ResetSchool;

    /// <summary>The minimum grace period the host runs with: a reactivated account's new deadline is this far away.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromDays(10);

    private LocalApp? _app;

    /// <summary>The host's clock (grains, tokens, the api): starts now; past the deadline once the host has started.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The national activation deadline the host runs with (passed once it has started).</summary>
    public DateTimeOffset Deadline { get; private set; }

    public Uri BaseAddress => _app!.BaseAddress!;

    /// <summary>The Directory emulator's address (<c>/emulator/signin</c> plays a person signing in to Google).</summary>
    public Uri EmulatorUri => _app!.Emulator.BaseUri;

    public async Task InitializeAsync()
    {
        Deadline = Clock.GetUtcNow().AddDays(30);
        _app = await LocalApp.StartAsync(new LocalAppOptions
        {
            Name = "pages-deadline",
            Kestrel = true,
            StartupRun = true,
            Clock = Clock,
            Users = [new(PusdatinUser, PusdatinPassword, "pusdatin")],
            Settings = new Dictionary<string, string>
            {
                ["Directory:QueriesPerMinute"] = "0",
                ["Lifecycle:ActivationDeadline"] = Deadline.ToString("O"),
                ["Lifecycle:MinimumGracePeriod"] = GracePeriod.ToString("c"),
                ["Lifecycle:DeactivationWindow"] = "00:30:00",
            },
        });

        using var http = await _app.SignedInAsync(PusdatinUser, PusdatinPassword);
        var run = await Poll.UntilAsync(
            async () =>
            {
                Clock.Advance(TimeSpan.FromSeconds(1)); // the run's timers tick on this clock: let time pass while waiting
                return (await http.GetFromJsonAsync<List<RunStatus>>("/api/v1/runs", Json.Options))!;
            },
            runs => runs.Count > 0 && runs[0].State is RunState.Completed or RunState.Failed,
            TimeSpan.FromSeconds(120),
            "the start-up run to complete");
        Assert.Equal(RunState.Completed, run[0].State);

        // past the deadline: each account's own reminder fires within the deactivation window (and one reminder period)
        Clock.SetUtcNow(Deadline.AddDays(1));
        await Poll.UntilAsync(
            async () =>
            {
                var accounts = await AccountsAsync();
                Clock.Advance(TimeSpan.FromMinutes(1));
                return accounts;
            },
            accounts => accounts.Count > 0 && accounts.All(a => a.Status == AccountStatus.Deactivated),
            TimeSpan.FromSeconds(120),
            $"every account of school {School} to be deactivated at its deadline");
    }

    /// <summary>The accounts of <see cref="School"/> that have a Google user, as the school holds them.</summary>
    public async Task<List<AccountView>> AccountsAsync() =>
        (await _app!.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(School)).GetAccountsAsync(null)).Where(a => a.UserId is not null).ToList();

    public async Task DisposeAsync()
    {
        if (_app is null)
        {
            return;
        }

        // the silo's stop waits on timers of this clock (its last membership calls time out on it): time passes until it has stopped
        var stopping = _app.DisposeAsync().AsTask();
        await Poll.UntilAsync(
            () =>
            {
                Clock.Advance(TimeSpan.FromSeconds(5));
                return Task.FromResult(stopping.IsCompleted);
            },
            stopped => stopped,
            TimeSpan.FromSeconds(120),
            "the host to stop");
        await stopping;
    }
}

/// <summary>The tests on <see cref="PastDeadlineHost"/>: on their own, after the pages collection (never two hosts at once).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PastDeadlineCollection : ICollectionFixture<PastDeadlineHost>, ICollectionFixture<SystemBrowser>
{
    public const string Name = "pages-past-deadline";
}
