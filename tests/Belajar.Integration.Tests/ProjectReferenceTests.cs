using System.Xml.Linq;

namespace Belajar.Integration.Tests;

/// <summary>
/// Dependencies point one way: domain ← contracts ← grains ← hosts, and the api is a client of the cluster. Read from the
/// project files, so a reference that breaks the shape fails here, before it spreads.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>Every production project and the projects it may reference directly (the launchers are not listed).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["domain/Belajar.Domain"] = [],
        ["dapodik/Belajar.Dapodik"] = ["domain/Belajar.Domain"],
        ["dapodik/Belajar.Dapodik.Tool"] = ["dapodik/Belajar.Dapodik"],
        ["directory/Belajar.Directory"] = [],
        ["directory/Belajar.Directory.Emulator"] = [],
        ["grains/Belajar.Abstractions"] = ["domain/Belajar.Domain"],
        ["grains/Belajar.Grains"] = ["grains/Belajar.Abstractions", "dapodik/Belajar.Dapodik", "directory/Belajar.Directory"],
        ["silo/Belajar.Hosting.Client"] = ["grains/Belajar.Abstractions"],
        ["silo/Belajar.Hosting"] = ["grains/Belajar.Grains", "silo/Belajar.Hosting.Client"],
        ["silo/Belajar.Silo"] = ["silo/Belajar.Hosting"],
        ["api/Belajar.Api"] = ["grains/Belajar.Abstractions", "silo/Belajar.Hosting.Client", "dapodik/Belajar.Dapodik"],
        ["dev/Belajar.DevHost"] = ["api/Belajar.Api", "silo/Belajar.Hosting", "directory/Belajar.Directory.Emulator", "dapodik/Belajar.Dapodik.Tool"],
        ["dev/Belajar.LocalServices"] = ["dev/Belajar.DevHost", "silo/Belajar.Hosting", "directory/Belajar.Directory.Emulator"],
        ["deploy/Belajar.Proxy"] = [],
    };

    private static readonly string Root = FindRoot();

    private static readonly Dictionary<string, Project> Projects = System.IO.Directory
        .EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(Project.Read)
        .ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static TheoryData<string> ProductionProjects => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(ProductionProjects))]
    public void A_production_project_references_only_what_its_layer_may(string project)
    {
        Assert.True(Projects.ContainsKey(project), $"{project}.csproj is missing");

        var extra = Projects[project].References.Except(Allowed[project]).ToList();

        Assert.True(extra.Count == 0, $"{project} references {string.Join(", ", extra)}, which its layer may not (see docs/architecture.md)");
    }

    [Fact]
    public void Every_production_project_has_a_rule()
    {
        var unruled = Projects.Keys
            .Where(p => !p.StartsWith("tests/", StringComparison.Ordinal) && !p.StartsWith("bench/", StringComparison.Ordinal))
            .Where(p => p is not "api/Api" and not "silo/Silo") // the launchers of `dotnet run --project api|silo`
            .Except(Allowed.Keys)
            .ToList();

        Assert.True(unruled.Count == 0, $"add a rule to {nameof(Allowed)} for {string.Join(", ", unruled)}");
    }

    [Fact]
    public void The_api_reaches_neither_a_grain_nor_the_silo_runtime_nor_the_emulator()
    {
        var reached = Closure("api/Belajar.Api");

        Assert.DoesNotContain("grains/Belajar.Grains", reached);
        Assert.DoesNotContain("silo/Belajar.Hosting", reached);
        Assert.DoesNotContain("directory/Belajar.Directory.Emulator", reached);
        Assert.DoesNotContain("directory/Belajar.Directory", reached);
        var packages = reached.Append("api/Belajar.Api").SelectMany(p => Projects[p].Packages).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("Microsoft.Orleans.Server", packages);
        Assert.DoesNotContain("Microsoft.Orleans.Persistence.AdoNet", packages);
        Assert.DoesNotContain("Microsoft.Orleans.Reminders.AdoNet", packages);
    }

    [Fact]
    public void The_contracts_depend_on_the_Orleans_SDK_and_the_domain_only()
    {
        Assert.Equal(["Microsoft.Orleans.Sdk"], Projects["grains/Belajar.Abstractions"].Packages);
        Assert.Empty(Projects["domain/Belajar.Domain"].Packages);
        Assert.DoesNotContain(Projects["dapodik/Belajar.Dapodik"].Packages, p => p.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_outside_the_tests_references_a_test_project()
    {
        var offenders = Projects.Values
            .Where(p => !p.Name.StartsWith("tests/", StringComparison.Ordinal))
            .SelectMany(p => p.References.Where(r => r.StartsWith("tests/", StringComparison.Ordinal)).Select(r => $"{p.Name} → {r}"))
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("; ", offenders));
    }

    private static HashSet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>(Projects[project].References);
        while (todo.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var reference in Projects[next].References)
                {
                    todo.Push(reference);
                }
            }
        }

        return seen;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BelajarOrleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BelajarOrleans.sln not found above the test's folder");
    }

    /// <summary>A project file: its name (folder/project, from the repository root), project and package references.</summary>
    private sealed record Project(string Name, string[] References, string[] Packages)
    {
        public static Project Read(string path)
        {
            var folder = Path.GetDirectoryName(path)!;
            var xml = XDocument.Load(path);
            var references = xml.Descendants("ProjectReference")
                .Select(e => NameOf(Path.GetFullPath(Path.Combine(folder, e.Attribute("Include")!.Value.Replace('\\', '/')))))
                .ToArray();
            var packages = xml.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToArray();
            return new Project(NameOf(path), references, packages);
        }

        private static string NameOf(string csproj) =>
            Path.ChangeExtension(Path.GetRelativePath(Root, csproj), null).Replace('\\', '/') is var relative
            && Path.GetFileName(Path.GetDirectoryName(csproj)) == Path.GetFileNameWithoutExtension(csproj)
                ? Path.GetDirectoryName(relative)!.Replace('\\', '/')
                : relative;
    }
}
