using Belajar.Hosting;

namespace Belajar.DevHost;

/// <summary>
/// <c>dev-certs --out DIR</c>: writes a development CA and the silo and client certificates it issues
/// (<see cref="DevelopmentCertificates"/>) and prints the <c>Orleans:Tls:*</c> settings that use them. For local clusters only.
/// </summary>
public static class DevCertsCommand
{
    public const string Name = "dev-certs";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var at = Array.IndexOf(args, "--out");
        if (at < 0 || at + 1 >= args.Length || args.Length != 3)
        {
            error.WriteLine($"Usage: {Name} --out DIR   (writes ca.pem, silo.pem, silo.key, client.pem, client.key into DIR)");
            return 2;
        }

        var files = DevelopmentCertificates.Write(args[at + 1]);
        output.WriteLine($"Development certificates in {files.Folder} (keys readable by this user only). Silos:");
        foreach (var (key, value) in files.Settings(silo: true))
        {
            output.WriteLine($"  {key.Replace(":", "__", StringComparison.Ordinal)}={value}");
        }

        output.WriteLine("Clients (the api):");
        foreach (var (key, value) in files.Settings(silo: false))
        {
            output.WriteLine($"  {key.Replace(":", "__", StringComparison.Ordinal)}={value}");
        }

        return 0;
    }
}
