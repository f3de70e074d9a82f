using Belajar.Hosting;

namespace Belajar.LocalServices;

/// <summary>
/// One development certificate set per test or benchmark process (<see cref="DevelopmentCertificates"/>), in a temporary
/// folder removed when the process exits: what PostgreSQL-profile silos and clients of the tests present to each other.
/// </summary>
public static class TestCertificates
{
    private static readonly Lazy<DevelopmentCertificateFiles> _files = new(() =>
    {
        var files = DevelopmentCertificates.Write(Path.Combine(Path.GetTempPath(), $"belajar-certs-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(files.Folder, recursive: true);
        return files;
    });

    /// <summary>The set of this process.</summary>
    public static DevelopmentCertificateFiles Files => _files.Value;
}
