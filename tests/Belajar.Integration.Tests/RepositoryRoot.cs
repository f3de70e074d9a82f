namespace Belajar.Integration.Tests;

/// <summary>The repository's root folder (the one holding BelajarOrleans.sln), found above the test's folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BelajarOrleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BelajarOrleans.sln not found above the test's folder");
    }
}
