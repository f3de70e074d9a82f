using Belajar.Abstractions.Runs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Spectre.Console;

namespace Belajar.Api.Runs;

/// <summary>What a newcomer reads when the start-up run ends: where the API is, a sample operator's sign-in, and a download.</summary>
public sealed class StartupGuide(IServer server, SnapshotOperators operators)
{
    public void Print(RunStatus status)
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        url = url.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://127.0.0.1", "://localhost");
        var sample = operators.Sample();
        var lines = new List<string>
        {
            $"Run {status.RunId} {status.State.ToString().ToLowerInvariant()}: {status.AccountsCreated:N0} accounts created in {status.SchoolsDone:N0} schools, {status.AccountsFailed:N0} failed, {status.RowsRejected:N0} rows rejected.",
            $"API and pages: {url}   (OpenAPI page: {url}/scalar)",
        };
        if (sample is not null)
        {
            lines.Add($"Sign in as the operator of school {sample.Npsn}: username {sample.Username}, password {sample.Password} (demo passwords: {sample.PasswordsFile})");
            lines.Add($"The school operator's app (Unduh Akun, account cards, reset, sync): {url}/");
            lines.Add("Download the school's learner accounts:");
            lines.Add($"  TOKEN=$(curl -s -X POST {url}/api/v1/auth/token -H 'Content-Type: application/json' -d '{{\"username\":\"{sample.Username}\",\"password\":\"{sample.Password}\"}}' | sed 's/.*\"accessToken\":\"\\([^\"]*\\)\".*/\\1/')");
            lines.Add($"  curl -H \"Authorization: Bearer $TOKEN\" \"{url}/api/v1/schools/{sample.Npsn}/accounts?kind=peserta-didik&format=csv\"");
        }

        // A rule, then plain lines: the commands must stay whole for copy and paste.
        AnsiConsole.Write(new Rule("BelajarOrleans is ready"));
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }
}
