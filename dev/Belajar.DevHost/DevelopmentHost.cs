using Belajar.Api;
using Belajar.Api.Auth;
using Belajar.Dapodik.Tool;
using Belajar.DevHost.Embedded;
using Belajar.Hosting;

namespace Belajar.DevHost;

/// <summary>
/// What <c>dotnet run --project api</c> starts. The Dapodik commands (<c>validate</c>, <c>generate</c>, <c>--help</c>),
/// the national timeline <c>plan</c> and the local-cluster helpers <c>dev-certs --out DIR</c> and <c>hash-password</c> run and exit. Otherwise the api: in the embedded profile (no <c>ConnectionStrings:Belajar</c>) with its own secrets, the
/// Directory emulator, a co-hosted silo, the built-in <c>pusdatin</c> user and a start-up run of the sample snapshot; in
/// the PostgreSQL profile as a client of the silos, as <c>api/Belajar.Api</c> runs.
/// </summary>
public sealed class DevelopmentHost
{
    private DevelopmentHost()
    {
    }

    /// <summary>The entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (DapodikCli.IsCommand(args))
        {
            return await DapodikCli.InvokeAsync(args, Console.Out, Console.Error);
        }

        if (PlanCommand.IsCommand(args))
        {
            return await PlanCommand.RunAsync(args, TimeProvider.System, Console.Out, Console.Error);
        }

        if (DevCertsCommand.IsCommand(args))
        {
            return DevCertsCommand.Run(args, Console.Out, Console.Error);
        }

        if (HashPasswordCommand.IsCommand(args))
        {
            return HashPasswordCommand.Run(args, Console.In, Console.Out, Console.Error);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.UseBelajarDefaultUrls(BelajarApiHosting.DefaultUrl);
        var embedded = BelajarProfile.IsEmbedded(builder.Configuration);
        if (embedded)
        {
            await builder.AddEmbeddedDefaultsAsync(Console.Out);
            builder.AddBelajarSilo();
        }
        else
        {
            builder.AddBelajarClient();
        }

        builder.AddBelajarApi(startupRunByDefault: embedded);
        var app = builder.Build();
        if (embedded)
        {
            app.Services.EnsureDefaultPusdatinUser(EmbeddedDefaults.DataFolder(app.Configuration), Console.Out);
        }

        app.UseBelajarApi();
        await app.RunAsync();
        return 0;
    }
}
