using Belajar.Proxy;

// http://localhost:5080 unless --urls says otherwise; the replicas: Proxy:Destinations:0, :1, ... (e.g. Proxy__Destinations__0).
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.Services.AddReverseProxy().LoadFromMemory([ProxyRoutes.Route], [ProxyRoutes.Cluster(ProxyRoutes.Destinations(builder.Configuration))]);

var app = builder.Build();
app.MapReverseProxy();
await app.RunAsync();
