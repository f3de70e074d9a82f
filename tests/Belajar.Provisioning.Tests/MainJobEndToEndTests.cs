using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Belajar.Abstractions.Runs;
using Belajar.TestSupport;

namespace Belajar.Provisioning.Tests;

/// <summary>The main job as the README starts it (<c>dotnet run --project api</c>: the development host's build output on its own), embedded default, start-up run over the sample.</summary>
public sealed class MainJobEndToEndTests
{
    [Fact]
    public async Task The_api_started_on_its_own_runs_the_sample_to_completion_prints_the_guide_and_is_ready()
    {
        var data = Path.Combine(Path.GetTempPath(), $"belajar-main-{Guid.NewGuid():N}");
        var port = SiloProcess.FreePort();
        var output = new StringBuilder();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[]
        {
            ApiAssemblyPath(), "--urls", $"http://127.0.0.1:{port}", $"--Belajar:DataFolder={data}",
            $"--Directory:Emulator:Url=http://127.0.0.1:{SiloProcess.FreePort()}",
            $"--Identity:Users:0:Username={EmbeddedApp.PusdatinUser}",
            $"--Identity:Users:0:PasswordHash={BCrypt.Net.BCrypt.HashPassword(EmbeddedApp.PusdatinPassword, 4)}",
            "--Identity:Users:0:Role=pusdatin",
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await Poll.UntilAsync(() => http.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(90), () => $"the api to be ready:\n{Text(output)}");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var signIn = await http.PostAsJsonAsync("/api/v1/auth/token", new { username = EmbeddedApp.PusdatinUser, password = EmbeddedApp.PusdatinPassword });
            var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var runs = await Poll.UntilAsync(
                async () => (await http.GetFromJsonAsync<List<RunStatus>>("/api/v1/runs", EmbeddedApp.Json))!,
                r => r.Count == 1 && r[0].State == RunState.Completed,
                TimeSpan.FromSeconds(120),
                () => $"the start-up run to complete:\n{Text(output)}");

            var run = Assert.Single(runs);
            Assert.False(run.DryRun);
            Assert.True(run.AccountsCreated > 300, $"{run.AccountsCreated} accounts created");
            Assert.Equal(run.AccountsEligible, run.AccountsCreated + run.AccountsFailed);
            await Poll.UntilAsync(() => Task.FromResult(Text(output)), t => t.Contains("BelajarOrleans is ready", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the start-up guide");
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try
            {
                System.IO.Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temporary folder is harmless
            }
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>
    /// <c>dev/Belajar.DevHost/bin/{configuration}/net10.0/Belajar.DevHost.dll</c> of this repository, built with the tests: what
    /// <c>dotnet run --project api</c> runs (api/Api.csproj), since the api itself (api/Belajar.Api) is a cluster client only.
    /// </summary>
    private static string ApiAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dev", "Belajar.DevHost", "bin", configuration, "net10.0", "Belajar.DevHost.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "dev/Belajar.DevHost/bin/{0}/net10.0/Belajar.DevHost.dll not found above {1}: build the development host first.", configuration, AppContext.BaseDirectory));
    }
}
