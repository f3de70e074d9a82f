var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok());
app.Run();

/// <summary>Entry point, visible to tests.</summary>
public partial class Program;
