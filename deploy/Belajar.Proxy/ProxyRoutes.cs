using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Belajar.Proxy;

/// <summary>
/// One route (every path) to one cluster of api replicas, taken in turn (round robin); a replica whose <c>/health/ready</c>
/// fails twice in a row, or whose connections fail, is left out until it answers again. YARP's default transforms set
/// <c>X-Forwarded-For</c>, <c>-Proto</c>, <c>-Host</c> to what the proxy received.
/// </summary>
public static class ProxyRoutes
{
    public const string Section = "Proxy:Destinations";

    public static RouteConfig Route { get; } = new() { RouteId = "api", ClusterId = "api", Match = new RouteMatch { Path = "{**path}" } };

    /// <summary>The replicas' base addresses; throws naming the setting when there are none.</summary>
    public static IReadOnlyList<string> Destinations(IConfiguration configuration)
    {
        var destinations = configuration.GetSection(Section).Get<string[]>() ?? [];
        return destinations.Length > 0
            ? destinations
            : throw new InvalidOperationException($"{Section} must list the api replicas, e.g. Proxy__Destinations__0=http://127.0.0.1:5081");
    }

    public static ClusterConfig Cluster(IReadOnlyList<string> destinations) => new()
    {
        ClusterId = "api",
        LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
        Destinations = destinations.Select((address, i) => (Id: $"api-{i + 1}", Address: address))
            .ToDictionary(d => d.Id, d => new DestinationConfig { Address = d.Address }),
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = TimeSpan.FromSeconds(2),
                Timeout = TimeSpan.FromSeconds(2),
                Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                Path = "/health/ready",
            },
            Passive = new PassiveHealthCheckConfig
            {
                Enabled = true,
                Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                ReactivationPeriod = TimeSpan.FromSeconds(5),
            },
        },
    };
}
