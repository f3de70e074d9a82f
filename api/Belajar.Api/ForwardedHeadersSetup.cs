using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Belajar.Api;

/// <summary>
/// Takes the client's address and scheme from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>, but only from the proxies in
/// front of the api: loopback (the local cluster's proxy) plus <c>ForwardedHeaders:KnownProxies:N</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks:N</c> (CIDR, e.g. the ingress pods' network). Anyone else's header is ignored, so a
/// caller cannot choose the address that the sign-in throttle and the audit log see.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddBelajarForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Read<IPAddress>(configuration, "KnownProxies", (string s, out IPAddress a) => IPAddress.TryParse(s, out a!), "an IP address, e.g. 10.0.0.5");
        var networks = Read<System.Net.IPNetwork>(configuration, "KnownNetworks", (string s, out System.Net.IPNetwork n) => System.Net.IPNetwork.TryParse(s, out n), "a network in CIDR form, e.g. 10.244.0.0/16");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return services;
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Read<T>(IConfiguration configuration, string name, TryParse<T> parse, string expected)
    {
        var values = new List<T>();
        foreach (var text in configuration.GetSection($"{Section}:{name}").Get<string[]>() ?? [])
        {
            values.Add(parse(text, out var value)
                ? value
                : throw new InvalidOperationException($"{Section}:{name} '{text}' must be {expected}."));
        }

        return values;
    }
}
