using Microsoft.AspNetCore.Hosting;
using Orleans.TestingHost;

namespace Belajar.LocalServices;

/// <summary>
/// What a cluster client of a PostgreSQL-profile test cluster (the api host in a test) needs to join it: the database, the
/// cluster's ids and the client side of the process's <see cref="TestCertificates"/> (the profile runs Orleans over mutual TLS).
/// </summary>
public static class ClusterClientSettings
{
    /// <summary>The settings, by name.</summary>
    public static Dictionary<string, string> Of(TestCluster cluster, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var settings = new Dictionary<string, string>(TestCertificates.Files.Settings(silo: false))
        {
            ["ConnectionStrings:Belajar"] = connectionString,
            ["Orleans:ClusterId"] = cluster.Options.ClusterId,
            ["Orleans:ServiceId"] = cluster.Options.ServiceId,
        };
        return settings;
    }

    /// <summary>Makes the web host a client of <paramref name="cluster"/>.</summary>
    public static IWebHostBuilder UseClusterOf(this IWebHostBuilder web, TestCluster cluster, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(web);
        foreach (var (key, value) in Of(cluster, connectionString))
        {
            web.UseSetting(key, value);
        }

        return web;
    }
}
