using System.Diagnostics;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Belajar.Integration.Tests;

/// <summary>
/// docker-compose.yml does the whole job: its services, health checks, secrets only by reference, a shared snapshot folder,
/// no root. <c>docker compose config -q</c> checks it too where a compose tool is installed (this build machine has the
/// docker client without the compose plugin: that part is then left out, and says so).
/// </summary>
public sealed class ComposeFileTests(ITestOutputHelper output)
{
    private static readonly string File = Path.Combine(RepositoryRoot.Path, "docker-compose.yml");

    private static readonly Dictionary<object, object> Compose = new DeserializerBuilder().Build()
        .Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(new StringReader(System.IO.File.ReadAllText(File)))));

    private static Dictionary<object, object> Services => Map(Compose["services"]);

    [Fact]
    public void It_runs_postgres_the_emulator_two_silos_two_apis_and_the_proxy_on_5080_each_with_a_health_check()
    {
        Assert.Equal(["api-1", "api-2", "emulator", "postgres", "proxy", "silo-1", "silo-2"], Services.Keys.Cast<string>().Order());
        Assert.All(Services.Values, s => Assert.True(Map(s).ContainsKey("healthcheck")));
        Assert.Contains("5080:5080", List(Map(Services["proxy"])["ports"]));
        var proxy = Environment(Services["proxy"]);
        Assert.Equal(["http://api-1:5080", "http://api-2:5080"], proxy.Where(e => e.Key.StartsWith("Proxy__Destinations__", StringComparison.Ordinal)).Select(e => e.Value).Order());
    }

    [Fact]
    public void Secrets_come_from_the_generated_env_file_and_secret_files_never_from_the_compose_file()
    {
        string[] secretish = ["__Password", "PasswordKeys__", "NikPepper", "SigningKey", "PasswordHash", "POSTGRES_PASSWORD", "ConnectionStrings__"];
        foreach (var (name, service) in Services)
        {
            foreach (var (key, value) in Environment(service).Where(e => secretish.Any(s => e.Key.Contains(s, StringComparison.Ordinal))))
            {
                Assert.True(value.Contains("${BELAJAR_", StringComparison.Ordinal), $"{name}: {key} must be a ${{BELAJAR_...}} reference to .env");
            }
        }

        Assert.All(Map(Compose["secrets"]).Values, s => Assert.StartsWith("./.secrets/", (string)Map(s)["file"], StringComparison.Ordinal));
        var ignored = System.IO.File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".gitignore"));
        Assert.Contains(".env", ignored);
        Assert.Contains(".secrets/", ignored);
        Assert.True(System.IO.File.Exists(Path.Combine(RepositoryRoot.Path, "deploy", "compose-secrets.sh")));
    }

    [Fact]
    public void Every_silo_mounts_the_snapshot_folder_at_its_snapshot_root_and_has_tls_and_the_directory_account()
    {
        foreach (var silo in new[] { "silo-1", "silo-2" })
        {
            var env = Environment(Services[silo]);
            Assert.Equal("/srv/belajar/snapshots", env["Runs__SnapshotRoot"]);
            Assert.Contains(List(Map(Services[silo])["volumes"]), v => v.EndsWith(":/srv/belajar/snapshots:ro", StringComparison.Ordinal));
            Assert.All(new[] { "Orleans__Tls__CertificatePath", "Orleans__Tls__KeyPath", "Orleans__Tls__CaPath", "Directory__ServiceAccountKeyPath", "Directory__AdminEmail", "Secrets__NikPepper" },
                key => Assert.False(string.IsNullOrEmpty(env.GetValueOrDefault(key)), $"{silo}: {key} missing"));
        }
    }

    [Fact]
    public void No_container_runs_as_root()
    {
        foreach (var (name, service) in Services)
        {
            var definition = Map(service);
            if (definition.TryGetValue("build", out var build))
            {
                var dockerfile = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, (string)Map(build)["dockerfile"]));
                Assert.True(dockerfile.Contains("USER $APP_UID", StringComparison.Ordinal), $"{name}: its Dockerfile must switch to USER $APP_UID");
            }
            else
            {
                Assert.Equal("postgres", definition["user"]);
            }
        }
    }

    [Fact]
    public void Docker_compose_config_accepts_the_file_where_a_compose_tool_is_installed()
    {
        var tool = ComposeTool();
        if (tool is null)
        {
            output.WriteLine("No compose tool here (neither `docker compose` nor `docker-compose`): only the YAML checks of this class ran.");
            return;
        }

        var start = new ProcessStartInfo(tool.Value.File) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in tool.Value.Arguments.Concat(["-f", File, "config", "-q"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in new[] { "BELAJAR_DB_PASSWORD", "BELAJAR_PASSWORD_KEY", "BELAJAR_SIGNING_KEY", "BELAJAR_PUSDATIN_HASH" })
        {
            start.Environment[variable] = "test-only";
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"compose config -q failed: {error}");
    }

    private static (string File, string[] Arguments)? ComposeTool()
    {
        foreach (var candidate in new[] { ("docker", new[] { "compose" }), ("docker-compose", Array.Empty<string>()) })
        {
            try
            {
                var check = new ProcessStartInfo(candidate.Item1) { RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var argument in candidate.Item2.Append("version"))
                {
                    check.ArgumentList.Add(argument);
                }

                using var process = Process.Start(check)!;
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed
            }
        }

        return null;
    }

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static List<string> List(object node) => ((List<object>)node).Cast<string>().ToList();

    private static Dictionary<string, string> Environment(object service) =>
        Map(service).TryGetValue("environment", out var env)
            ? Map(env).ToDictionary(e => (string)e.Key, e => (string)e.Value, StringComparer.Ordinal)
            : [];
}
