using Belajar.Hosting;

// A silo of the cluster. Without configured URLs its health endpoints listen on a free loopback port
// (logged at start-up), so that several silos can run on one machine: `dotnet run --project silo` twice.
var builder = WebApplication.CreateBuilder(args);
builder.UseBelajarDefaultUrls("http://127.0.0.1:0");
builder.AddBelajarSilo();

var app = builder.Build();
app.MapBelajarHealth();
app.Run();
