using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Directory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Lifecycle;

/// <summary>The stored position of the login-activity reads.</summary>
[GenerateSerializer, Alias("belajar.SignInDiscoveryState")]
public sealed class SignInDiscoveryState
{
    /// <summary>The newest activity time applied; null before the first read.</summary>
    [Id(0)] public DateTimeOffset? Newest { get; set; }

    /// <summary>The period the reminder was registered with.</summary>
    [Id(1)] public TimeSpan? Period { get; set; }
}

/// <summary>
/// Sign-in discovery from Google's login activities (docs/lifecycle.md, "How sign-ins are found"): every
/// <c>Lifecycle:SignInDiscoveryPeriod</c> one domain-wide read of <c>activities.list</c> (application <c>login</c>, event
/// <c>login_success</c>) from the stored watermark less <c>Lifecycle:SignInDiscoveryOverlap</c>, page by page, each page's
/// sign-ins applied (address → owner through <see cref="IUsernameGrain"/> → <see cref="IAccountGrain.ApplySignInAsync"/>) before
/// the next is read. The watermark is stored once every page of the read is applied: pages come newest first, so a read cut
/// short (a silo lost, a call failed) stores nothing and the next read covers the same activities again, which are applied
/// again without effect. The first read starts <c>Lifecycle:SyncMaxPeriod</c> back (the longest a school goes without listing),
/// so switching from listing misses no sign-in.
/// </summary>
/// <remarks>
/// The reads do not go through <c>IDirectoryCalls</c>: the Reports API has its own quota (docs/directory.md, "Which calls count
/// against which quota"), and a Directory permit would take from the 2,400/min of inserts and syncs for nothing. The gateway
/// backs off on Google's 503 and 429 itself.
/// </remarks>
public sealed partial class SignInDiscoveryGrain(
    [PersistentState("signins", StorageNames.Quota)] IPersistentState<SignInDiscoveryState> state,
    IServiceProvider services,
    IOptions<LifecycleOptions> lifecycle,
    TimeProvider time,
    ILogger<SignInDiscoveryGrain> logger) : Grain, ISignInDiscoveryGrain, IRemindable
{
    private const string Reminder = "signins";

    /// <summary>Accounts told of their sign-ins at once.</summary>
    private const int Parallelism = 32;

    private SignInWatermark? _watermark;

    /// <summary>Resolved at the first read: a tick that only removes the reminder needs no Reports credential.</summary>
    private ReportsGateway Reports => services.GetRequiredService<ReportsGateway>();

    public async Task EnsureScheduledAsync()
    {
        var options = lifecycle.Value;
        if (options.SignInDiscovery != SignInDiscoveryMode.Activities)
        {
            await StopAsync();
            return;
        }

        if (state.State.Period != options.SignInDiscoveryPeriod || await this.GetReminder(Reminder) is null)
        {
            await this.RegisterOrUpdateReminder(Reminder, options.SignInDiscoveryPeriod, options.SignInDiscoveryPeriod);
            state.State.Period = options.SignInDiscoveryPeriod;
            await state.WriteStateAsync();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != Reminder)
        {
            return;
        }

        if (lifecycle.Value.SignInDiscovery != SignInDiscoveryMode.Activities)
        {
            await StopAsync(); // switched to listing: no read
            return;
        }

        await EnsureScheduledAsync(); // a changed period
        await DiscoverNowAsync();
    }

    public async Task<SignInDiscoveryResult> DiscoverNowAsync()
    {
        var options = lifecycle.Value;
        var watermark = _watermark ??= new SignInWatermark(state.State.Newest ?? time.GetUtcNow() - options.SyncMaxPeriod, options.SignInDiscoveryOverlap);
        var query = new LoginActivityQuery(watermark.NextStart, EventName: LoginSignIns.Success);
        int pages = 0, signIns = 0, accounts = 0;
        try
        {
            string? pageToken = null;
            do
            {
                var page = await Reports.ListLoginActivitiesPageAsync(query, pageToken, CancellationToken.None);
                pages++;
                var found = LoginSignIns.Of(page.Items, watermark);
                signIns += found.Count;
                accounts += await ApplyAsync(found);
                pageToken = page.NextPageToken;
            }
            while (!string.IsNullOrEmpty(pageToken));
        }
        catch (Exception ex)
        {
            _watermark = null; // what it saw is not all applied: the next read starts from the stored watermark again
            LogReadFailed(ex, pages, query.StartTime);
            throw;
        }

        if (state.State.Newest != watermark.Newest)
        {
            state.State.Newest = watermark.Newest;
            await state.WriteStateAsync();
        }

        LogRead(pages, signIns, accounts, query.StartTime, watermark.Newest);
        return new SignInDiscoveryResult(pages, signIns, accounts, watermark.Newest);
    }

    /// <summary>Tells each owning account of its sign-in; answers how many addresses an account owns.</summary>
    private async Task<int> ApplyAsync(Dictionary<string, DateTimeOffset> signIns)
    {
        var owned = 0;
        await Parallel.ForEachAsync(
            signIns,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, TaskScheduler = TaskScheduler.Current },
            async (signIn, _) =>
            {
                if (await GrainFactory.GetGrain<IUsernameGrain>(signIn.Key).GetOwnerAsync() is not { } accountKey)
                {
                    return; // an address this system does not manage (an administrator's, say)
                }

                await GrainFactory.GetGrain<IAccountGrain>(accountKey).ApplySignInAsync(signIn.Value);
                Interlocked.Increment(ref owned);
            });
        return owned;
    }

    private async Task StopAsync()
    {
        if (await this.GetReminder(Reminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Login activities since {Start}: {Pages} pages, {SignIns} new sign-ins, {Accounts} of them our accounts; watermark {Newest}")]
    private partial void LogRead(int pages, int signIns, int accounts, DateTimeOffset start, DateTimeOffset newest);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the login activities since {Start} failed after {Pages} pages; the next read starts there again")]
    private partial void LogReadFailed(Exception ex, int pages, DateTimeOffset start);
}
