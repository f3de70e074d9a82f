using Belajar.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseBelajarDefaultUrls("http://localhost:5080");

// Embedded profile (no ConnectionStrings:Belajar): co-host a silo. PostgreSQL profile: a client of the silos.
if (BelajarProfile.IsEmbedded(builder.Configuration))
{
    builder.AddBelajarSilo();
}
else
{
    builder.AddBelajarClient();
}

var app = builder.Build();
app.MapBelajarHealth();
app.Run();

/// <summary>Entry point, visible to tests.</summary>
public partial class Program;
