using System.Net;
using System.Net.Http.Json;
using Belajar.Abstractions.Runs;

namespace Belajar.Provisioning.Tests;

/// <summary><c>Runs:SnapshotRoot</c>: <c>POST /api/v1/runs</c> reads paths inside it and refuses, as a 400, paths that leave it.</summary>
public sealed class SnapshotRootTests(SnapshotRootTests.RootApp app) : IClassFixture<SnapshotRootTests.RootApp>
{
    [Fact]
    public async Task A_run_over_a_path_relative_to_the_root_completes_and_reports_the_folder_inside_the_root()
    {
        var school = TestSnapshot.NewSchool();
        var name = $"snap-{Guid.NewGuid():N}";
        System.IO.Directory.Move(new TestSnapshot().Add(school).Add(school, TestSnapshot.NewLearner("Sari Wulandari")).Write(), Path.Combine(app.Root, name));
        var pusdatin = await app.PusdatinAsync();

        var status = await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, name));

        Assert.Equal(RunState.Completed, status.State);
        Assert.Equal(1, status.AccountsCreated);
        Assert.Equal(Path.Combine(app.Root, name), status.SnapshotPath);
    }

    [Fact]
    public async Task A_path_that_climbs_out_of_the_root_or_an_absolute_path_elsewhere_is_a_400_that_names_the_setting()
    {
        var elsewhere = new TestSnapshot().Add(TestSnapshot.NewSchool()).Write(); // exists, but outside the root
        var pusdatin = await app.PusdatinAsync();

        foreach (var path in new[] { elsewhere, Path.Combine("..", Path.GetFileName(elsewhere)) })
        {
            var response = await pusdatin.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = path, dryRun = true });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadAsStringAsync();
            Assert.Contains("Runs:SnapshotRoot", problem, StringComparison.Ordinal);
            Assert.Contains("di luar folder snapshot", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_link_inside_the_root_to_a_folder_outside_it_is_a_400()
    {
        var elsewhere = new TestSnapshot().Add(TestSnapshot.NewSchool()).Write();
        var link = $"tautan-{Guid.NewGuid():N}";
        System.IO.Directory.CreateSymbolicLink(Path.Combine(app.Root, link), elsewhere);
        var pusdatin = await app.PusdatinAsync();

        var response = await pusdatin.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = link, dryRun = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Runs:SnapshotRoot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The embedded default with a snapshot root of its own.</summary>
    public sealed class RootApp : EmbeddedApp
    {
        public string Root { get; } = System.IO.Directory.CreateTempSubdirectory("belajar-snapshot-root-").FullName;

        protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string> { ["Runs:SnapshotRoot"] = Root };

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            System.IO.Directory.Delete(Root, recursive: true);
        }
    }
}
