using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Belajar.Api.Audit;

namespace Belajar.Api.Tests;

public sealed class AuditTrailTests : IAsyncLifetime
{
    private TestApi _api = null!;

    [Fact]
    public async Task Sign_in_and_failed_sign_in_are_recorded_with_the_client_address()
    {
        await _api.SignInAsync(TestApi.OperatorA, "salah", address: "10.20.30.40");
        await _api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword, address: "10.20.30.41");

        var entries = await _api.Audit.QueryAsync(new AuditQuery(Actor: TestApi.OperatorA));

        var success = entries.Single(e => e.Action == AuditActions.SignIn);
        var failure = entries.Single(e => e.Action == AuditActions.SignInFailed);
        Assert.Equal(("operator", TestApi.SchoolA, "10.20.30.41"), (success.ActorRole, success.Npsn, success.ClientAddress));
        Assert.Equal(("", "10.20.30.40"), (failure.ActorRole, failure.ClientAddress));
        Assert.Equal(_api.Time.GetUtcNow(), success.OccurredAt);
    }

    [Fact]
    public async Task Download_records_who_which_school_kind_format_and_rows()
    {
        var client = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);

        await client.GetByteArrayAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik&format=xlsx");

        var download = (await _api.Audit.QueryAsync(new AuditQuery(Action: AuditActions.Download))).Single();
        Assert.Equal((TestApi.OperatorA, "operator", TestApi.SchoolA), (download.Actor, download.ActorRole, download.Npsn));
        Assert.Equal("peserta-didik", download.Detail["kind"]);
        Assert.Equal("xlsx", download.Detail["format"]);
        Assert.Equal("4", download.Detail["rows"]);
        Assert.Equal("true", download.Detail["markedDistributed"]);
    }

    [Fact]
    public async Task Reset_and_refused_reset_are_recorded_without_the_password()
    {
        var client = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);

        await client.PostAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts/{SampleSchools.LearnerUserId}/reset-password", null);
        await client.PostAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts/{SampleSchools.ActivatedUserId}/reset-password", null);

        var resets = await _api.Audit.QueryAsync(new AuditQuery(Action: AuditActions.ResetPassword));
        Assert.Equal(
            [(SampleSchools.ActivatedUserId, "refused"), (SampleSchools.LearnerUserId, "reset")],
            resets.Select(e => (e.Detail["userId"], e.Detail["outcome"])).ToList());
    }

    [Fact]
    public async Task Refused_access_to_another_school_and_to_a_pusdatin_endpoint_is_recorded()
    {
        var client = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);

        await client.GetAsync($"/api/v1/schools/{TestApi.SchoolB}/accounts?kind=ptk");
        await client.GetAsync("/api/v1/audit");

        var denied = await _api.Audit.QueryAsync(new AuditQuery(Action: AuditActions.AccessDenied));
        Assert.Equal(["/api/v1/audit", $"/api/v1/schools/{TestApi.SchoolB}/accounts"], denied.Select(e => e.Detail["path"]).ToList());
        Assert.Equal(TestApi.SchoolB, denied[1].Npsn);
        Assert.All(denied, e => Assert.Equal(TestApi.OperatorA, e.Actor));
    }

    [Fact]
    public async Task Pusdatin_queries_the_audit_by_school_and_limit()
    {
        var operatorA = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        var operatorB = await _api.SignedInClientAsync(TestApi.OperatorB, TestApi.OperatorBPassword);
        await operatorA.GetByteArrayAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=ptk");
        _api.Time.Advance(TimeSpan.FromMinutes(1));
        await operatorA.GetByteArrayAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=admin");
        await operatorB.GetByteArrayAsync($"/api/v1/schools/{TestApi.SchoolB}/accounts?kind=ptk");
        var pusdatin = await _api.SignedInClientAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);

        var entries = await pusdatin.GetFromJsonAsync<JsonArray>($"/api/v1/audit?npsn={TestApi.SchoolA}&action=download&limit=1");

        var newest = Assert.Single(entries!);
        Assert.Equal("admin", newest!["detail"]!["kind"]!.GetValue<string>());
        Assert.Equal(TestApi.OperatorA, newest["actor"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5000", "limit")]
    [InlineData("from=kemarin", "ISO 8601")]
    [InlineData("from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z", "lebih awal")]
    public async Task Bad_audit_query_is_a_400_saying_what_to_fix(string query, string hint)
    {
        var pusdatin = await _api.SignedInClientAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);

        var response = await pusdatin.GetAsync($"/api/v1/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(hint, (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Neither_audit_nor_log_ever_holds_a_password_or_a_token()
    {
        var operatorA = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        await _api.SignInAsync(TestApi.PusdatinUser, TestApi.OperatorAPassword);
        await operatorA.GetByteArrayAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik");
        var reset = await operatorA.PostAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts/{SampleSchools.LearnerUserId}/reset-password", null);
        var newPassword = (await reset.Content.ReadFromJsonAsync<JsonObject>())!["password"]!.GetValue<string>();
        var token = await _api.TokenAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);

        var audit = await _api.Client(token).GetStringAsync("/api/v1/audit?limit=1000");
        var logs = string.Join("\n", _api.Logs.Lines);

        Assert.Contains(AuditActions.Download, audit);
        Assert.Contains("downloaded 4 peserta-didik accounts", logs);
        Assert.Contains("Failed sign-in for " + TestApi.PusdatinUser, logs);
        foreach (var secret in new[] { TestApi.OperatorAPassword, TestApi.PusdatinPassword, SampleSchools.LearnerPassword, newPassword, token, "Guru-Pw1" })
        {
            Assert.DoesNotContain(secret, audit);
            Assert.DoesNotContain(secret, logs);
        }
    }

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        SampleSchools.Seed(_api.Schools);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
