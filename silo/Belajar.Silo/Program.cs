using Belajar.Hosting;
using Orleans.Hosting;

// A silo of the cluster. Without configured URLs its health endpoints listen on a free loopback port
// (logged at start-up), so that several silos can run on one machine: `dotnet run --project silo` twice.
// In a Kubernetes pod (POD_NAME set by deploy/kubernetes/silo-deployment.yaml) it uses Orleans' Kubernetes hosting.
var builder = WebApplication.CreateBuilder(args);
builder.UseBelajarDefaultUrls("http://127.0.0.1:0");
builder.AddBelajarSilo(silo =>
{
    if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"))
        && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("POD_NAME")))
    {
        silo.UseKubernetesHosting();
    }
});

var app = builder.Build();
app.MapBelajarHealth();
app.Run();
