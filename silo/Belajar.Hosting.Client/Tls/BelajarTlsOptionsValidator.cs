using Microsoft.Extensions.Options;

namespace Belajar.Hosting;

/// <summary>Refuses <see cref="BelajarTlsOptions"/> of the PostgreSQL profile that name no file or a missing one, naming the setting.</summary>
public sealed class BelajarTlsOptionsValidator : IValidateOptions<BelajarTlsOptions>
{
    private const string Hint = "(`dotnet run --project api -- dev-certs --out DIR` writes a development set)";

    public ValidateOptionsResult Validate(string? name, BelajarTlsOptions options)
    {
        var problems = new List<string>();
        File(problems, nameof(options.CertificatePath), options.CertificatePath, "this host's certificate, PEM or PFX");
        File(problems, nameof(options.CaPath), options.CaPath, "the PEM certificate of the CA that issued the silos' and clients' certificates");
        if (options.CertificatePath is not null && !options.IsPkcs12)
        {
            File(problems, nameof(options.KeyPath), options.KeyPath, "the PEM private key of Orleans:Tls:CertificatePath");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void File(List<string> problems, string setting, string? path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add($"{BelajarTlsOptions.Section}:{setting} must be the path of {what}: the PostgreSQL profile runs Orleans over mutual TLS {Hint}; it is not set.");
        }
        else if (!System.IO.File.Exists(path))
        {
            problems.Add($"{BelajarTlsOptions.Section}:{setting} must be the path of {what}; '{path}' does not exist.");
        }
    }
}
