using Belajar.Directory.Emulator;
using Orleans.TestingHost;

namespace Belajar.TestSupport;

/// <summary>
/// The one place that points a silo or the api at an emulator started by a test: the four <c>Directory:*</c> settings
/// (base URI, token URI, service-account key, administrator), as configuration entries or on a test cluster builder.
/// </summary>
public static class DirectoryEmulatorSettings
{
    /// <summary>The configuration entries that make the Directory client talk to <paramref name="emulator"/>.</summary>
    public static Dictionary<string, string> For(DirectoryEmulator emulator) => new(StringComparer.Ordinal)
    {
        ["Directory:BaseUri"] = emulator.BaseUri.ToString(),
        ["Directory:TokenUri"] = emulator.TokenUri.ToString(),
        ["Directory:ServiceAccountKeyJson"] = emulator.ServiceAccountKeyJson,
        ["Directory:AdminEmail"] = emulator.AdminEmail,
    };

    /// <summary>Sets the <c>Directory:*</c> settings of the cluster's silos to <paramref name="emulator"/>.</summary>
    public static TestClusterBuilder UseDirectoryEmulator(this TestClusterBuilder builder, DirectoryEmulator emulator)
    {
        foreach (var (key, value) in For(emulator))
        {
            builder.Properties[key] = value;
        }

        return builder;
    }
}
