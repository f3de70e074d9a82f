using System.Net;
using System.Text.Json.Nodes;

namespace Belajar.Directory.Tests;

/// <summary>
/// Google's own Node client (<c>@googleapis/admin</c>) and the project's client run the same operations against one
/// emulator and must see the same results: every Directory operation the project uses and the Reports API's login
/// activities. The Node client authenticates as Google's clients do (the service account's JWT-bearer grant, sent to the
/// emulator's <c>/token</c>) and reaches the emulator through its <c>rootUrl</c>.
/// </summary>
public sealed class ConformanceTests(NodeClient node) : IClassFixture<NodeClient>
{
    [Fact]
    public async Task Googles_node_client_and_the_projects_client_see_the_same_answers()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var start = h.Clock.GetUtcNow().AddMinutes(-1);
        var keyFile = Path.Combine(Path.GetTempPath(), $"belajar-conformance-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(keyFile, h.Emulator.ServiceAccountKeyJson.Replace("http://127.0.0.1:9/token", h.Emulator.TokenUri.ToString()));
        string fromNode;
        try
        {
            fromNode = await node.RunScenarioAsync(new Dictionary<string, string>
            {
                ["EMULATOR_URL"] = h.Emulator.BaseUri.ToString(),
                ["KEY_FILE"] = keyFile,
                ["ADMIN_EMAIL"] = h.Emulator.AdminEmail,
                ["PREFIX"] = "node-",
                ["START_TIME"] = start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
            });
        }
        finally
        {
            File.Delete(keyFile);
        }

        var fromProject = await ProjectClientScenario.RunAsync(h, "net-", start);

        var expected = JsonNode.Parse(fromNode)!;
        Assert.True(JsonNode.DeepEquals(expected, fromProject), $"Node: {expected.ToJsonString()}\nproject: {fromProject.ToJsonString()}");
        Assert.Equal(HttpStatusCode.NoContent, (HttpStatusCode)expected["deleteStatus"]!.GetValue<int>());
        Assert.Equal("""{"primaryEmail":"a@belajar.id","name":{"givenName":"Siti"}}""", expected["getPartial"]!.ToJsonString());
        Assert.Equal(2, expected["list"]!.AsArray().Count); // one user a page: a, then b
        Assert.Equal("login_success", expected["activities"]![0]!["events"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("""{"scopeType":"ORG_UNIT","toTheUser":true,"inTheUnit":true,"listed":[true]}""", expected["roleAssignment"]!.ToJsonString());
        Assert.Equal(2, h.Emulator.Stats.ByMethod["activities.list"]);
        Assert.Equal(2, h.Emulator.Stats.ByMethod["users.delete"]);
    }
}
