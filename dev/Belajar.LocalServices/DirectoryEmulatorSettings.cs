using Belajar.Directory.Emulator;
using Orleans.TestingHost;

namespace Belajar.LocalServices;

/// <summary>Points the silos of a test cluster at an emulator, with the emulator's own <see cref="DirectoryEmulator.ClientSettings()"/>.</summary>
public static class DirectoryEmulatorSettings
{
    /// <summary>Sets the <c>Directory:*</c> settings of the cluster's silos to <paramref name="emulator"/>.</summary>
    public static TestClusterBuilder UseDirectoryEmulator(this TestClusterBuilder builder, DirectoryEmulator emulator)
    {
        foreach (var (key, value) in emulator.ClientSettings())
        {
            builder.Properties[key] = value;
        }

        return builder;
    }
}
