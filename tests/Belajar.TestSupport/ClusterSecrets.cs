using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;

namespace Belajar.TestSupport;

/// <summary>
/// What every PostgreSQL-profile silo must be given (<c>Belajar.Hosting.RequiredSiloSettings</c>), fresh for a test: a password
/// key, a NIK pepper, a Directory service account of an emulator address that nothing listens on (for silos that never call Google) and the
/// temporary folder as the snapshot root, and the process's <see cref="TestCertificates"/> (a silo's).
/// </summary>
public static class ClusterSecrets
{
    /// <summary>Settings: <c>Secrets:*</c> with one new key and pepper, the emulator's <c>Directory:*</c> client settings, <c>Runs:SnapshotRoot</c>, <c>Orleans:Tls:*</c>.</summary>
    public static Dictionary<string, string> Settings()
    {
        var baseUri = new Uri("http://127.0.0.1:9/");
        var key = ServiceAccountKey.Create(DirectoryEmulator.TokenUriOf(baseUri).ToString());
        var settings = DirectoryEmulator.ClientSettings(baseUri, key.Json, "admin@belajar.id");
        settings["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        settings["Secrets:ActivePasswordKeyId"] = "test";
        settings["Secrets:NikPepper"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        settings["Runs:SnapshotRoot"] = Path.GetTempPath();
        foreach (var (name, value) in TestCertificates.Files.Settings(silo: true))
        {
            settings[name] = value;
        }

        return settings;
    }
}
