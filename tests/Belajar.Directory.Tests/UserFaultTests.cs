using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Directory.Emulator;

namespace Belajar.Directory.Tests;

public sealed class UserFaultTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(400, "invalid")]
    [InlineData(403, "forbidden")]
    [InlineData(404, "notFound")]
    [InlineData(412, "conditionNotMet")]
    public async Task An_insert_of_a_matching_user_fails_with_the_fault_and_stores_nothing(int status, string reason)
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.MaxRetries = 0);
        var fault = h.Emulator.Faults.Users.Add("fail-", status);

        var error = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("Fail-siti", "pd-1"), default));
        var created = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("siti", "pd-2"), default);

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(reason, fault.Reason);
        Assert.Null(h.Emulator.FindUser("fail-siti@belajar.id"));
        Assert.Equal(CreateUserOutcome.Created, created.Outcome);
        Assert.NotNull(h.Emulator.FindUser("siti@belajar.id"));
        Assert.True(fault.Hits >= 1);
    }

    [Fact]
    public async Task A_fault_answers_in_googles_envelope_and_a_429_carries_retry_after()
    {
        await using var h = await DirectoryHarness.StartAsync();
        h.Emulator.Faults.RetryAfterSeconds = 7;
        var fault = h.Emulator.Faults.Users.Add("busy", 429);

        using var response = await h.Service.HttpClient.GetAsync(new Uri(h.Emulator.BaseUri, "admin/directory/v1/users/busy-a%40belajar.id"));
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal(429, error.GetProperty("code").GetInt32());
        Assert.Equal("RESOURCE_EXHAUSTED", error.GetProperty("status").GetString());
        Assert.Equal("rateLimitExceeded", error.GetProperty("errors")[0].GetProperty("reason").GetString());
        Assert.Equal(1, fault.Hits);
    }

    [Fact]
    public async Task A_503_fault_never_clears_until_it_is_lifted_over_http()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.MaxRetries = 0);
        var fault = h.Emulator.Faults.Users.Add("down-", 503);

        for (var i = 0; i < 3; i++)
        {
            var error = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("down-a", "pd-1"), default));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal("backendError", error.Reason);
        }

        Assert.Equal(3, fault.Hits);
        Assert.Null(h.Emulator.FindUser("down-a@belajar.id"));

        using var lifted = await h.Http.DeleteAsync(new Uri(h.Emulator.BaseUri, "emulator/faults/users"));
        var created = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("down-a", "pd-1"), default);

        Assert.Equal(HttpStatusCode.NoContent, lifted.StatusCode);
        Assert.Empty(h.Emulator.Faults.Users.All);
        Assert.Equal(CreateUserOutcome.Created, created.Outcome);
    }

    [Fact]
    public async Task A_fault_set_over_http_answers_get_and_patch_by_address_or_id_but_not_list()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.MaxRetries = 0);
        var user = (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("gone-a", "pd-1"), default)).User!;

        using var set = await h.Http.PostAsJsonAsync(new Uri(h.Emulator.BaseUri, "emulator/faults/users"), new { addressPrefix = "GONE-", status = 404 });
        var listed = await set.Content.ReadFromJsonAsync<List<UserFaultEntry>>(Web);
        var byAddress = await h.Gateway.GetUserAsync("gone-a@belajar.id", default);
        var byId = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.PatchUserAsync(user.Id!, new User { Suspended = true }, default));
        var found = await h.Gateway.FindUserByExternalIdAsync(user.ExternalIds![0], default);
        var after = await h.Http.GetFromJsonAsync<List<UserFaultEntry>>(new Uri(h.Emulator.BaseUri, "emulator/faults/users"), Web);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var entry = Assert.Single(listed!);
        Assert.Equal(("GONE-", 404, "notFound", 0L), (entry.AddressPrefix, entry.Status, entry.Reason, entry.Hits));
        Assert.Null(byAddress);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.False(h.Emulator.FindUser(user.Id!)!.Suspended);
        Assert.Equal(user.Id, found?.Id);
        Assert.Equal(2, Assert.Single(after!).Hits);
    }

    [Fact]
    public async Task Batch_parts_about_a_matching_user_get_the_fault()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.MaxRetries = 0);
        var fault = h.Emulator.Faults.Users.Add("deny", 403);

        var results = await h.Gateway.InsertUsersBatchAsync([DirectoryHarness.NewUser("deny-a", "pd-1"), DirectoryHarness.NewUser("b", "pd-2")], default);

        Assert.Equal(HttpStatusCode.Forbidden, results[0].Error?.StatusCode);
        Assert.Equal("forbidden", results[0].Error?.Reason);
        Assert.True(results[1].Succeeded);
        Assert.Equal(1, fault.Hits);
        Assert.Equal(["b@belajar.id"], h.Emulator.Users.Select(u => u.PrimaryEmail));
    }

    [Fact]
    public async Task A_fault_with_a_status_google_does_not_send_or_without_a_prefix_is_refused_with_a_message()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var uri = new Uri(h.Emulator.BaseUri, "emulator/faults/users");

        using var badStatus = await h.Http.PostAsJsonAsync(uri, new { addressPrefix = "x", status = 418 });
        using var noPrefix = await h.Http.PostAsJsonAsync(uri, new { addressPrefix = "", status = 503 });
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => h.Emulator.Faults.Users.Add("x", 502));

        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("400, 403, 404, 409, 412, 429, 500, 503", await badStatus.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noPrefix.StatusCode);
        Assert.Contains("addressPrefix", await noPrefix.Content.ReadAsStringAsync());
        Assert.Contains("503", thrown.Message);
        Assert.Empty(h.Emulator.Faults.Users.All);
    }

    [Fact]
    public async Task Stats_count_served_calls_by_method_faulted_ones_included_throttled_ones_not()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.MaxRetries = 0);
        h.Emulator.Faults.Users.Add("fail-", 400);
        var a = (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default)).User!;
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("b", "pd-2"), default);
        await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("fail-c", "pd-3"), default));
        await h.Gateway.InsertUsersBatchAsync([DirectoryHarness.NewUser("d", "pd-4"), DirectoryHarness.NewUser("e", "pd-5")], default);
        await h.Gateway.GetUserAsync("a@belajar.id", default);
        await h.Gateway.GetUserAsync(a.Id!, default);
        await h.Gateway.GetUserAsync("missing@belajar.id", default);
        await h.Gateway.PatchUserAsync(a.Id!, new User { Suspended = true }, default);
        h.Emulator.Quota.QueriesPerMinute = (int)h.Emulator.Stats.Calls;
        await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.GetUserAsync("b@belajar.id", default));

        var stats = await h.Http.GetFromJsonAsync<EmulatorStats>(new Uri(h.Emulator.BaseUri, "emulator/stats"), Web);

        Assert.Equal(5, stats!.ByMethod["users.insert"]);
        Assert.Equal(3, stats.ByMethod["users.get"]);
        Assert.Equal(1, stats.ByMethod["users.patch"]);
        Assert.Equal(0, stats.ByMethod["users.update"]);
        Assert.Contains("\"byMethod\":{\"users.insert\":5,", await h.Http.GetStringAsync(new Uri(h.Emulator.BaseUri, "emulator/stats")), StringComparison.Ordinal);
        Assert.Equal(0, stats.ByMethod["users.list"]);
        Assert.Equal(0, stats.ByMethod["orgunits.insert"]);
        Assert.Equal(stats.Calls, stats.ByMethod.Values.Sum());
        Assert.Equal(1, stats.Throttled);
        Assert.Equal(stats.ByMethod, h.Emulator.Stats.ByMethod);

        h.Emulator.Reset();
        Assert.All(h.Emulator.Stats.ByMethod.Values, count => Assert.Equal(0, count));
    }
}
