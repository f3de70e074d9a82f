using System.Net.Http.Json;
using Belajar.Directory;
using Belajar.Directory.Emulator;
using Belajar.Grains.Lifecycle;

namespace Belajar.Benchmarks;

/// <summary>
/// Google calls needed to find who signed in, two ways side by side on one emulator: every school lists its users
/// (<c>users.list</c> by org unit with the sync's fields, one query per page of 500: the Directory quota), against one
/// domain-wide read of the Reports API's login activities since the last read (<c>activities.list</c>, one query per
/// 1,000 activities: the Reports quota). Both must find the same signed-in users. Calls, not time: Debug is enough.
/// </summary>
public sealed class SignInDiscoveryBenchmark : IBenchmark
{
    private const int NationalSchools = 220_000;
    private const long NationalAccounts = 57_000_000;

    public string Name => "signin-discovery";

    public async Task RunAsync(BenchmarkContext context)
    {
        var schools = context.Smoke ? 4 : 200;
        var perSchool = context.Smoke ? 20 : 300;
        const int rounds = 3;
        const double signInShare = 0.10; // of all accounts, per round
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var options = new DirectoryOptions { BaseUri = emulator.BaseUri.ToString(), ServiceAccountKeyJson = emulator.ServiceAccountKeyJson, AdminEmail = emulator.AdminEmail };
        using var service = DirectoryServiceFactory.Create(options);
        using var reportsService = DirectoryServiceFactory.CreateReports(options);
        var gateway = new DirectoryGateway(service, options);
        var reports = new ReportsGateway(reportsService, options);
        using var http = new HttpClient();

        var emails = new List<string>();
        for (var s = 0; s < schools; s++)
        {
            await gateway.EnsureOrgUnitAsync($"/bench/s{s}", default);
            var users = Enumerable.Range(0, perSchool).Select(i => new User
            {
                PrimaryEmail = $"s{s}.u{i}@belajar.id",
                Name = new UserName { GivenName = "Siti", FamilyName = "Rahma" },
                Password = "Rahasia-123",
                OrgUnitPath = $"/bench/s{s}",
            }).ToList();
            await gateway.InsertUsersBatchAsync(users, default);
            emails.AddRange(users.Select(u => u.PrimaryEmail!));
        }

        var random = new Random(20);
        var order = emails.OrderBy(_ => random.Next()).ToList();
        // no overlap: the rounds follow each other within seconds here, so any overlap would re-read earlier rounds whole
        // (hours apart in production, an overlap re-reads only the activities inside it)
        var watermark = new SignInWatermark(DateTimeOffset.UtcNow.AddMinutes(-1), TimeSpan.Zero);
        long listCalls = 0, activityCalls = 0;
        var perRound = (int)(emails.Count * signInShare);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var email in order.Skip(round * perRound).Take(perRound))
            {
                using var response = await http.PostAsJsonAsync(new Uri(emulator.BaseUri, "emulator/signin"), new { email, password = "Rahasia-123", acceptTerms = true });
                response.EnsureSuccessStatusCode();
            }

            var before = emulator.Stats.ByMethod;
            var byListing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var s = 0; s < schools; s++)
            {
                string? pageToken = null;
                do
                {
                    var page = await gateway.ListUsersPageAsync($"orgUnitPath='/bench/s{s}'", DirectoryStatuses.SyncFields, pageToken, default);
                    byListing.UnionWith(page.Users?.Where(u => DirectoryStatuses.HasSignedIn(DirectoryStatuses.From(u))).Select(u => u.PrimaryEmail!) ?? []);
                    pageToken = page.NextPageToken;
                }
                while (pageToken is not null);
            }

            var newSignIns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            await foreach (var activity in reports.ListLoginActivitiesAsync(new LoginActivityQuery(watermark.NextStart, EventName: "login_success"), default))
            {
                if (watermark.Observe(activity))
                {
                    newSignIns.Add(activity.Actor!.Email!);
                }
            }

            var after = emulator.Stats.ByMethod;
            var lists = after["users.list"] - before["users.list"];
            var reads = after["activities.list"] - before["activities.list"];
            listCalls += lists;
            activityCalls += reads;
            // listing sees everyone who ever signed in; the activities since the watermark exactly this round's sign-ins
            var expected = order.Take((round + 1) * perRound).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!byListing.SetEquals(expected) || !newSignIns.SetEquals(order.Skip(round * perRound).Take(perRound)))
            {
                throw new InvalidOperationException($"round {round}: listing found {byListing.Count}, activities {newSignIns.Count} new, expected {expected.Count} ({perRound} new).");
            }

            context.Output.WriteLine($"round {round}: {perRound:N0} new sign-ins; users.list {lists:N0} calls, activities.list {reads:N0} calls");
        }

        var accounts = schools * perSchool;
        context.Report($"per-school listing, {schools} schools × {perSchool} accounts, {rounds} rounds", listCalls, "users.list calls (Directory quota)");
        context.Report($"domain-wide login activities, {perRound:N0} sign-ins a round", activityCalls, "activities.list calls (Reports quota)");
        context.Report("activities / listing calls", (double)activityCalls / listCalls, "x");
        var nationalListing = Math.Max(NationalSchools, (long)Math.Ceiling(NationalAccounts / 500.0));
        var nationalSignIns = (long)(NationalAccounts * signInShare);
        context.Report($"national round by listing ({NationalSchools:N0} schools, ≥ 1 page each; {accounts:N0}-account run scaled)", nationalListing, "calls");
        context.Report($"national round by activities ({nationalSignIns:N0} sign-ins, 1,000 a page)", Math.Ceiling(nationalSignIns / 1000.0), "calls");
    }
}
