using System.Net.Http.Json;
using Belajar.Abstractions.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// The cluster of the school sync's tests (<see cref="OwnClockCluster"/>). <c>Lifecycle:SyncPeriod</c> is one hour and
/// does not stretch (<c>SyncMaxPeriod</c> equal), so that the stop is what the tests see.
/// </summary>
public sealed class SyncCluster() : OwnClockCluster(Clock)
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    public static readonly TimeSpan SyncPeriod = TimeSpan.FromHours(1);

    private readonly HttpClient _http = new();

    /// <summary>The <c>users.list</c> calls the emulator has served.</summary>
    public long Lists => Calls("users.list");

    /// <summary>The grain's <c>sync</c> reminder row, or null.</summary>
    public Task<ReminderEntry?> ReadSyncReminderAsync(IAddressable grain) => ReadReminderAsync(grain, "sync");

    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Lifecycle:ActivationDeadline"] = Clock.GetUtcNow().AddDays(30).ToString("O"),
        ["Lifecycle:MinimumGracePeriod"] = "10.00:00:00",
        ["Lifecycle:SyncPeriod"] = SyncPeriod.ToString("c"),
        ["Lifecycle:SyncMaxPeriod"] = SyncPeriod.ToString("c"),
    };

    /// <summary>Signs the account's person in at the emulator with a new password, accepting the terms.</summary>
    public async Task SignInAsync(AccountView account)
    {
        var row = await Grains.GetGrain<IAccountGrain>(account.AccountKey).GetCredentialAsync(markDistributed: false);
        using var response = await _http.PostAsJsonAsync(new Uri(Emulator.BaseUri, "emulator/signin"), new
        {
            email = account.UserId,
            password = row!.InitialPassword,
            newPassword = "Pilihan-Sendiri-42",
            acceptTerms = true,
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Moves the clock a minute at a time (the reminder service fires on it) until <paramref name="done"/> or <paramref name="limit"/> of clock time.</summary>
    public static async Task<bool> StepAsync(TimeSpan limit, Func<Task<bool>>? done = null)
    {
        var end = Clock.GetUtcNow() + limit;
        while (Clock.GetUtcNow() < end)
        {
            if (done is not null && await done())
            {
                return true;
            }

            Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(25);
        }

        return done is not null && await done();
    }

    public override async Task DisposeAsync()
    {
        _http.Dispose();
        await base.DisposeAsync();
    }
}
