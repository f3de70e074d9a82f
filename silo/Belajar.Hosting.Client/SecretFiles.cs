using System.Text;

namespace Belajar.Hosting;

/// <summary>
/// Writes a file that holds a secret (a generated key, a password) so that no other user can read it at any moment: the text
/// goes to a new file created owner-only (0600 on Unix, from its creation, not changed afterwards), which then replaces
/// <c>path</c>. A reader sees the old file or the whole new one, never half of it.
/// </summary>
public static class SecretFiles
{
    /// <summary>Writes <paramref name="contents"/> (UTF-8, no BOM) to <paramref name="path"/>, owner-only.</summary>
    public static void Write(string path, string contents)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        System.IO.Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var writer = new StreamWriter(new FileStream(temporary, options), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write(contents);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
