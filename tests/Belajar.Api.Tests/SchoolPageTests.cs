using System.Net;
using System.Net.Http.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Schools;
using Belajar.Api.Stats;
using Belajar.Domain;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Api.Tests;

/// <summary>The operator app's endpoints and the rules behind them: summary, list, cards, deadline, rombel order, sync limit.</summary>
public sealed class SchoolPageTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private HttpClient _operator = null!;

    [Fact]
    public async Task Summary_counts_each_kind_by_stage_and_lists_the_learners_rombels_in_grade_order()
    {
        var summary = (await _operator.GetFromJsonAsync<SchoolSummary>($"/api/v1/schools/{TestApi.SchoolA}/summary", Json))!;

        Assert.Equal(TestApi.SchoolA, summary.Npsn);
        Assert.Equal(["peserta-didik", "ptk", "admin"], summary.Kinds.Select(k => k.Kind));
        var learners = summary.Kinds[0].Counters;
        Assert.Equal(4, learners.Eligible);
        Assert.Equal(4, learners.Created);
        Assert.Equal(2, learners.Distributed);
        Assert.Equal(1, learners.Activated);
        Assert.Equal(1, summary.Kinds[2].Counters.Deactivated);
        Assert.Equal(7, summary.Total.Eligible);
        Assert.Equal(["5A", "@SUM(A1)", "Tab", "6B"], summary.Rombels.Select(r => r.Rombel));
        Assert.Equal(0, summary.SyncAvailableInSeconds);
    }

    [Fact]
    public async Task The_list_finds_by_name_or_number_filters_by_rombel_and_status_and_carries_no_password()
    {
        var byName = await ListAsync("q=aminah");
        var byNisn = await ListAsync("q=0098765432");
        var activated = await ListAsync("status=activated");
        var rombel = await ListAsync("rombel=5A");
        var paged = await ListAsync("limit=2&offset=2");
        var raw = await _operator.GetStringAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts/list");

        Assert.Equal([SampleSchools.LearnerUserId], byName.Items.Select(i => i.UserId));
        Assert.Equal([SampleSchools.ActivatedUserId], byNisn.Items.Select(i => i.UserId));
        Assert.False(byNisn.Items[0].CanReset);
        Assert.True(byName.Items[0].CanReset);
        Assert.Equal([SampleSchools.ActivatedUserId], activated.Items.Select(i => i.UserId));
        Assert.Equal(["5A"], rombel.Items.Select(i => i.Rombel).Distinct());
        Assert.Equal(7, paged.Total);
        Assert.Equal(2, paged.Items.Count);
        Assert.DoesNotContain(SampleSchools.LearnerPassword, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("password", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cards_of_a_rombel_are_html_with_the_password_once_mark_them_distributed_and_are_audited()
    {
        var response = await _operator.GetAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts/cards?rombel=5A");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "<article class=\"card\""));
        Assert.Equal(1, Count(html, SampleSchools.LearnerPassword));
        Assert.Contains("Siti &quot;Ani&quot; Aminah, S.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Distributed, _api.Schools.Rows(TestApi.SchoolA).Single(r => r.Account.UserId == SampleSchools.LearnerUserId).Account.Status);
        Assert.Equal(AccountStatus.Created, _api.Schools.Rows(TestApi.SchoolA).Single(r => r.Account.UserId == "guru@belajar.id").Account.Status);
        var audit = await _api.Audit.QueryAsync(new AuditQuery(Npsn: TestApi.SchoolA, Action: AuditActions.Download));
        Assert.Contains(audit, e => e.Detail["format"] == "kartu" && e.Detail["rombel"] == "5A" && e.Detail["rows"] == "1");
    }

    [Fact]
    public async Task An_activated_accounts_card_has_no_password()
    {
        var html = await _operator.GetStringAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts/cards?rombel=6B");

        Assert.Contains(SampleSchools.ActivatedUserId, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lama-123", html, StringComparison.Ordinal);
        Assert.Contains("sudah aktif", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rombels_order_by_their_numbers_as_people_read_them()
    {
        string[] rombels = ["10A", "2B", "X IPA 2", "2A", "X IPA 10", "1"];

        Assert.Equal(["1", "2A", "2B", "10A", "X IPA 2", "X IPA 10"], rombels.Order(RombelOrder.Instance));
    }

    [Fact]
    public void The_deadline_is_the_circulars_or_the_grace_period_after_the_earliest_waiting_accounts_creation()
    {
        var options = new SchoolDeadlineOptions { ActivationDeadline = new(2021, 6, 30, 23, 59, 59, TimeSpan.FromHours(7)), MinimumGracePeriod = TimeSpan.FromDays(180) };
        var early = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var late = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(options.ActivationDeadline, SchoolDeadline.Of([View(early, AccountStatus.Created)], options));
        Assert.Equal(late.AddDays(180), SchoolDeadline.Of([View(late, AccountStatus.Distributed), View(late.AddDays(5), AccountStatus.Created)], options));
        Assert.Equal(late.AddDays(185), SchoolDeadline.Of([View(late, AccountStatus.Activated), View(late.AddDays(5), AccountStatus.Created)], options));
        Assert.Equal(3, SchoolDeadline.DaysLeft(late.AddDays(2).AddHours(1), late));
        Assert.Equal(0, SchoolDeadline.DaysLeft(late, late.AddSeconds(1)));
    }

    [Fact]
    public void The_summary_remembers_when_a_schools_next_sync_may_be_asked_for_from_the_grains_answers()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var throttle = new SyncThrottle(Options.Create(new SyncThrottleOptions { SyncMinimumInterval = TimeSpan.FromMinutes(1) }), clock);

        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("20200001"));
        throttle.Remember("20200001", TimeSpan.Zero); // started now
        throttle.Remember("20200002", TimeSpan.FromSeconds(20)); // refused: another replica's sync started 40 s ago
        Assert.Equal(TimeSpan.FromMinutes(1), throttle.WaitFor("20200001"));
        Assert.Equal(TimeSpan.FromSeconds(20), throttle.WaitFor("20200002"));
        clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(TimeSpan.FromSeconds(15), throttle.WaitFor("20200001"));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("20200002"));
    }

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        SampleSchools.Seed(_api.Schools);
        _operator = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private async Task<AccountListPage> ListAsync(string query) =>
        (await _operator.GetFromJsonAsync<AccountListPage>($"/api/v1/schools/{TestApi.SchoolA}/accounts/list?{query}", Json))!;

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static AccountView View(DateTimeOffset createdAt, AccountStatus status) =>
        new("pd-1", AccountRole.PesertaDidik, Jenjang.SD, "20200001", "Nama", null, 5, "5A", "nama@sd.belajar.id", status, null, createdAt, null, null);
}
