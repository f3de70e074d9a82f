using Belajar.Api;
using Belajar.Hosting;

// The api of the cluster (PostgreSQL profile): an Orleans client of the silos. The embedded default, which co-hosts a silo
// and the Directory emulator, is the development host (dev/Belajar.DevHost), which `dotnet run --project api` starts.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.UseBelajarDefaultUrls(BelajarApiHosting.DefaultUrl);
builder.AddBelajarClient();
builder.AddBelajarApi(startupRunByDefault: false);

var app = builder.Build();
app.UseBelajarApi();
await app.RunAsync();

/// <summary>The cluster api's entry point, visible to tests.</summary>
public partial class Program;
