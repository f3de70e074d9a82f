using System.Net;
using System.Text.Json.Nodes;
using Belajar.Directory.Emulator;

namespace Belajar.Directory.Tests;

/// <summary>The emulator answers <c>fields</c> as Google does: only the selected fields, on every method and in batches.</summary>
public sealed class PartialResponseTests
{
    [Theory]
    [InlineData("primaryEmail", """{"primaryEmail":"a","name":{"givenName":"g","familyName":"f"},"id":"1"}""", """{"primaryEmail":"a"}""")]
    [InlineData("name/givenName,id", """{"primaryEmail":"a","name":{"givenName":"g","familyName":"f"},"id":"1"}""", """{"name":{"givenName":"g"},"id":"1"}""")]
    [InlineData("name(givenName,familyName)", """{"primaryEmail":"a","name":{"givenName":"g","familyName":"f","fullName":"g f"}}""", """{"name":{"givenName":"g","familyName":"f"}}""")]
    [InlineData("users(primaryEmail,suspended),nextPageToken", """{"kind":"k","users":[{"primaryEmail":"a","suspended":false,"id":"1"},{"primaryEmail":"b","id":"2"}],"nextPageToken":"t"}""", """{"users":[{"primaryEmail":"a","suspended":false},{"primaryEmail":"b"}],"nextPageToken":"t"}""")]
    [InlineData("users/externalIds/value", """{"users":[{"externalIds":[{"value":"v","type":"custom"}],"id":"1"}]}""", """{"users":[{"externalIds":[{"value":"v"}]}]}""")]
    [InlineData("users(name),users", """{"users":[{"name":{"givenName":"g"},"id":"1"}]}""", """{"users":[{"name":{"givenName":"g"},"id":"1"}]}""")]
    [InlineData("*", """{"a":1,"b":{"c":2}}""", """{"a":1,"b":{"c":2}}""")]
    [InlineData("items/id(time,applicationName)", """{"items":[{"id":{"time":"t","applicationName":"login","customerId":"C"},"actor":{}}]}""", """{"items":[{"id":{"time":"t","applicationName":"login"}}]}""")]
    public void A_mask_keeps_only_the_selected_fields(string fields, string answer, string expected)
    {
        var mask = FieldMask.Parse(fields, out var error);

        Assert.Null(error);
        Assert.Equal(expected, mask!.Apply(JsonNode.Parse(answer))!.ToJsonString());
    }

    [Theory]
    [InlineData("users(id")]
    [InlineData("users(id))")]
    [InlineData("a,,b")]
    [InlineData("a/")]
    public void A_malformed_selection_is_refused(string fields)
    {
        Assert.Null(FieldMask.Parse(fields, out var error));
        Assert.StartsWith("Invalid field selection", error);
    }

    [Fact]
    public async Task Get_answers_only_the_fields_asked_for()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        var body = await h.Service.HttpClient.GetStringAsync(new Uri(h.Emulator.BaseUri, "admin/directory/v1/users/a@belajar.id?fields=primaryEmail,name/givenName,externalIds(value)"));

        Assert.Equal("""{"primaryEmail":"a@belajar.id","name":{"givenName":"Siti"},"externalIds":[{"value":"pd-1"}]}""", body);
    }

    [Fact]
    public async Task A_malformed_selection_is_a_400_and_an_error_is_answered_whole()
    {
        await using var h = await DirectoryHarness.StartAsync();

        using var malformed = await h.Service.HttpClient.GetAsync(new Uri(h.Emulator.BaseUri, "admin/directory/v1/users/a@belajar.id?fields=name(givenName"));
        using var missing = await h.Service.HttpClient.GetAsync(new Uri(h.Emulator.BaseUri, "admin/directory/v1/users/a@belajar.id?fields=id"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("notFound", JsonNode.Parse(await missing.Content.ReadAsStringAsync())!["error"]!["errors"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_clients_list_reads_only_the_fields_it_asks_for_and_still_pages()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.PageSize = 2);
        for (var i = 0; i < 3; i++)
        {
            await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser($"u{i}", $"pd-{i}"), default);
        }

        var first = await h.Gateway.ListUsersPageAsync("", "id,lastLoginTime", null, default);
        var all = await h.Gateway.ListUsersAsync("", "id,lastLoginTime", default).ToListAsync();

        Assert.NotNull(first.NextPageToken); // the client asks for nextPageToken with the user fields
        Assert.Null(first.Kind);
        Assert.All(first.Users!, u =>
        {
            Assert.NotNull(u.Id);
            Assert.Equal("1970-01-01T00:00:00.000Z", u.LastLoginTime);
            Assert.Null(u.PrimaryEmail);
            Assert.Null(u.Name);
            Assert.Null(u.ExternalIds);
        });
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public async Task A_batch_part_answers_only_its_own_fields()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var narrow = h.Service.Users.Insert(DirectoryHarness.NewUser("a", "pd-1"));
        narrow.Fields = "id,primaryEmail";
        var whole = h.Service.Users.Insert(DirectoryHarness.NewUser("b", "pd-2"));

        var answers = await DirectoryBatch.ExecuteAsync(h.Service, [narrow, whole], default);

        Assert.Equal("a@belajar.id", answers[0].Value!.PrimaryEmail);
        Assert.NotNull(answers[0].Value!.Id);
        Assert.Null(answers[0].Value!.Name);
        Assert.Equal("Siti", answers[1].Value!.Name!.GivenName);
    }

    [Fact]
    public async Task Delete_removes_the_user_is_idempotent_and_is_counted()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var created = (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default)).User!;

        Assert.True(await h.Gateway.DeleteUserAsync(created.Id!, default));
        Assert.False(await h.Gateway.DeleteUserAsync("a@belajar.id", default));

        Assert.Null(h.Emulator.FindUser("a@belajar.id"));
        Assert.Null(await h.Gateway.GetUserAsync("a@belajar.id", default));
        Assert.Empty(await h.Gateway.ListUsersAsync("", null, default).ToListAsync());
        Assert.Equal(2, h.Emulator.Stats.ByMethod[ApiMethods.UsersDelete]);
        Assert.Equal(CreateUserOutcome.Created, (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default)).Outcome);
    }
}
