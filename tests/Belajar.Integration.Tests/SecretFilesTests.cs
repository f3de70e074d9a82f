using Belajar.Hosting;

namespace Belajar.Integration.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"belajar-secret-{Guid.NewGuid():N}");

    [Fact]
    public void A_secret_replaces_a_world_readable_file_with_an_owner_only_one_and_leaves_nothing_else()
    {
        System.IO.Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "secrets.json");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100); // 0644, as a careless copy would leave it

        SecretFiles.Write(path, "{\"key\":\"rahasia\"}");

        Assert.Equal("{\"key\":\"rahasia\"}", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal([path], System.IO.Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_secret_in_a_missing_folder_creates_the_folder_and_an_owner_only_file()
    {
        var path = Path.Combine(_folder, "data", "default-pusdatin-password.txt");

        SecretFiles.Write(path, "Rahasia#123\n");

        Assert.Equal("Rahasia#123\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}
