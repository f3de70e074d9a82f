var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Directory emulator");
app.Run();

/// <summary>Entry point, visible to tests.</summary>
public partial class Program;
