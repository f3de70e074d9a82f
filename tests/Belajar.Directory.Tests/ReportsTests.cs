using System.Net;
using System.Text.Json.Nodes;
using Belajar.Directory.Emulator;

namespace Belajar.Directory.Tests;

/// <summary>The Reports API's login activities: recorded by the emulator's sign-ins, read by the client, Google's wire format.</summary>
public sealed class ReportsTests
{
    [Fact]
    public async Task A_sign_in_is_a_login_success_activity_at_the_emulators_clock_in_googles_wire_format()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var user = (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default)).User!;
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var signedInAt = h.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.OK, await h.SignInAsync("a@belajar.id"));
        var reports = DirectoryServiceFactory.CreateReports(h.Options);
        var body = JsonNode.Parse(await reports.HttpClient.GetStringAsync(new Uri(h.Emulator.BaseUri, "admin/reports/v1/activity/users/all/applications/login")))!;

        Assert.Equal("admin#reports#activities", body["kind"]!.GetValue<string>());
        var item = body["items"]!.AsArray().Single()!;
        Assert.Equal("admin#reports#activity", item["kind"]!.GetValue<string>());
        Assert.Equal(signedInAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), item["id"]!["time"]!.GetValue<string>());
        Assert.Equal("login", item["id"]!["applicationName"]!.GetValue<string>());
        Assert.Equal("C01belajar", item["id"]!["customerId"]!.GetValue<string>());
        Assert.True(long.TryParse(item["id"]!["uniqueQualifier"]!.GetValue<string>(), out _));
        Assert.Equal("a@belajar.id", item["actor"]!["email"]!.GetValue<string>());
        Assert.Equal(user.Id, item["actor"]!["profileId"]!.GetValue<string>());
        Assert.Equal("login", item["events"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("login_success", item["events"]![0]!["name"]!.GetValue<string>());
        Assert.Contains(item["events"]![0]!["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "login_type");
        Assert.Null(body["nextPageToken"]);
    }

    [Fact]
    public async Task The_client_reads_incrementally_by_start_time_newest_first_over_pages_on_the_reports_quota()
    {
        await using var h = await DirectoryHarness.StartAsync(e => e.QueriesPerMinute = 4, c => c.ActivitiesPageSize = 2);
        var start = h.Clock.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser($"u{i}", $"pd-{i}"), default);
        }

        for (var i = 0; i < 3; i++)
        {
            h.Clock.Advance(TimeSpan.FromMinutes(1));
            await h.SignInAsync($"u{i}@belajar.id");
        }

        var all = await h.Reports.ListLoginActivitiesAsync(new LoginActivityQuery(start), default).ToListAsync();
        var later = await h.Reports.ListLoginActivitiesAsync(new LoginActivityQuery(start.AddMinutes(2)), default).ToListAsync();

        Assert.Equal(["u2@belajar.id", "u1@belajar.id", "u0@belajar.id"], all.Select(a => a.Actor!.Email));
        Assert.Equal(["u2@belajar.id", "u1@belajar.id"], later.Select(a => a.Actor!.Email));
        Assert.Null(all[0].IpAddress); // the client asks only for the sign-in fields
        Assert.Equal("login_success", all[0].Events!.Single().Name);
        var stats = h.Emulator.Stats;
        Assert.Equal(3, stats.ByMethod[ApiMethods.ActivitiesList]); // two pages, then one
        Assert.Equal(3, stats.ReportsCalls);
        Assert.Equal(3, stats.Calls); // the Directory quota saw only the three inserts
        Assert.Equal(0, stats.Throttled);
    }

    [Fact]
    public async Task Event_name_and_user_narrow_the_report()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var start = h.Clock.GetUtcNow();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("b", "pd-2"), default);
        Assert.Equal(HttpStatusCode.Unauthorized, await h.SignInAsync("a@belajar.id", "Salah-12345"));
        await h.SignInAsync("a@belajar.id");
        await h.SignInAsync("b@belajar.id");

        var failures = await h.Reports.ListLoginActivitiesAsync(new LoginActivityQuery(start, EventName: "login_failure"), default).ToListAsync();
        var ofA = await h.Reports.ListLoginActivitiesAsync(new LoginActivityQuery(start, UserKey: "a@belajar.id"), default).ToListAsync();
        var before = await h.Reports.ListLoginActivitiesAsync(new LoginActivityQuery(start.AddDays(-1), EndTime: start.AddSeconds(-1)), default).ToListAsync();

        Assert.Equal("a@belajar.id", failures.Single().Actor!.Email);
        Assert.Equal(["login_success", "login_failure"], ofA.Select(a => a.Events!.Single().Name));
        Assert.Empty(before);
    }

    [Fact]
    public async Task A_directory_token_may_not_read_reports_and_a_reports_token_may_not_call_the_directory()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var reports = DirectoryServiceFactory.CreateReports(h.Options);

        using var fromDirectory = await h.Service.HttpClient.GetAsync(new Uri(h.Emulator.BaseUri, "admin/reports/v1/activity/users/all/applications/login"));
        using var fromReports = await reports.HttpClient.GetAsync(new Uri(h.Emulator.BaseUri, "admin/directory/v1/users?customer=my_customer"));
        using var allowed = await reports.HttpClient.GetAsync(new Uri(h.Emulator.BaseUri, "admin/reports/v1/activity/users/all/applications/login"));

        Assert.Equal(HttpStatusCode.Forbidden, fromDirectory.StatusCode);
        Assert.Contains("insufficientPermissions", await fromDirectory.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, fromReports.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Bad_parameters_are_googles_400s()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var reports = DirectoryServiceFactory.CreateReports(h.Options);

        foreach (var query in new[] { "applications/drive", "applications/login?startTime=gestern", "applications/login?maxResults=1001" })
        {
            using var response = await reports.HttpClient.GetAsync(new Uri(h.Emulator.BaseUri, "admin/reports/v1/activity/users/all/" + query));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var missing = await Assert.ThrowsAsync<DirectoryException>(() =>
            h.Reports.ListLoginActivitiesPageAsync(new LoginActivityQuery(h.Clock.GetUtcNow(), UserKey: "nobody@belajar.id"), null, default));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public void The_watermark_starts_the_next_read_an_overlap_before_the_newest_and_reports_each_activity_once()
    {
        var t0 = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var mark = new SignInWatermark(t0, TimeSpan.FromMinutes(10));
        Activity At(int minutes, string qualifier) => new()
        {
            Id = new ActivityId { Time = t0.AddMinutes(minutes).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), UniqueQualifier = qualifier },
        };

        Assert.Equal(t0.AddMinutes(-10), mark.NextStart);
        Assert.True(mark.Observe(At(30, "1")));
        Assert.True(mark.Observe(At(25, "2")));
        Assert.False(mark.Observe(At(30, "1"))); // read again in the overlap
        Assert.True(mark.Observe(At(30, "3"))); // same time, another activity
        Assert.Equal(t0.AddMinutes(30), mark.Newest);
        Assert.Equal(t0.AddMinutes(20), mark.NextStart);

        // the next read (from minute 20, newest first): a newer one moves the watermark, the overlap is read again
        Assert.True(mark.Observe(At(50, "4")));
        Assert.False(mark.Observe(At(30, "3")));
        Assert.False(mark.Observe(At(25, "2")));
        Assert.Equal(t0.AddMinutes(40), mark.NextStart);
    }

    [Fact]
    public void Without_an_overlap_the_activities_at_the_watermark_itself_are_not_reported_twice()
    {
        var t0 = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var mark = new SignInWatermark(t0, TimeSpan.Zero);
        Activity At(int seconds, string qualifier) => new()
        {
            Id = new ActivityId { Time = t0.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), UniqueQualifier = qualifier },
        };

        Assert.True(mark.Observe(At(10, "a")));
        Assert.True(mark.Observe(At(10, "b")));

        // the next read starts at second 10 (inclusive): newer activities first, then the two at second 10 again
        Assert.True(mark.Observe(At(20, "c")));
        Assert.False(mark.Observe(At(10, "a")));
        Assert.False(mark.Observe(At(10, "b")));
    }
}
